// An editable list (questions, options, materials, steps, FAQs, legal bases, venues…): each entry
// in its own fieldset, with add, remove and move up/down. Read-only versions hide the buttons
// through the surrounding Form's `disabled`.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import { idOf, useProblemsAt } from './fields.tsx';

interface ListEditorProps<T> {
  /** The list's heading (h2/h3 by `level`). */
  title: string;
  /** A singular noun for the buttons: 添加{name}, 删除{name} 2. */
  name: string;
  path: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  create: () => T;
  render: (item: T, update: (next: T) => void, path: string, index: number) => ReactNode;
  level?: 2 | 3 | 4;
  max?: number;
  /** Replaces the add button (the form builder adds through a data-element picker). */
  adder?: ReactNode;
  /** The legend of an entry; default "{name} {n}". */
  legend?: (item: T, n: number) => string;
}

export function ListEditor<T>({
  title,
  name,
  path,
  items,
  onChange,
  create,
  render,
  level = 2,
  max = 100,
  adder,
  legend,
}: ListEditorProps<T>) {
  const { t } = useI18n();
  const problems = useProblemsAt(path);
  const Heading = `h${level}` as const;
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    onChange(next);
  };
  return (
    <section className="ca-list" aria-labelledby={`${idOf(path)}-title`} id={idOf(path)}>
      <Heading id={`${idOf(path)}-title`} className="ca-list-title">
        {title}
      </Heading>
      {problems.map((p) => (
        <p key={p} className="ca-problem">
          {p}
        </p>
      ))}
      {items.length === 0 && <p className="ca-muted">{t('ca.list.empty', { name })}</p>}
      <ol className="ca-list-items">
        {items.map((item, i) => {
          const n = i + 1;
          const update = (next: T) => onChange(items.map((x, j) => (j === i ? next : x)));
          return (
            <li key={i} className="ca-list-item">
              <fieldset className="ca-fieldset">
                <legend>{legend ? legend(item, n) : t('ca.list.item', { name, n })}</legend>
                <Space className="ca-list-buttons" size="small">
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined aria-hidden />}
                    aria-label={t('ca.list.up', { name, n })}
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined aria-hidden />}
                    aria-label={t('ca.list.down', { name, n })}
                    disabled={i === items.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('ca.list.remove', { name, n })}
                    onClick={() => onChange(items.filter((_, j) => j !== i))}
                  />
                </Space>
                {render(item, update, `${path}.${i}`, i)}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {adder ?? (
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={items.length >= max}
          onClick={() => onChange([...items, create()])}
        >
          {t('ca.list.add', { name })}
        </Button>
      )}
    </section>
  );
}

/** A fresh local id (a-z start, unique within `taken`) for new questions, materials, steps… */
export function freshId(prefix: string, taken: readonly { id: string }[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.some((x) => x.id === id)) return id;
  }
}
