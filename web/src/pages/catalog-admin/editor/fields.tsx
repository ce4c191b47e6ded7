// Controlled form controls of the editor. Each names its place in the content by a dotted path
// (materials.0.name); the id derives from it, and the save's 400/422 problems with a matching
// path show under the control.
import { Checkbox, Form, Input, InputNumber, Select, Switch } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/index.ts';
import type { CodeOf, CodeTable } from '../codes.ts';
import { CODE_TABLES } from '../codes.ts';
import { useLabels } from '../labels.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Problems of the last save, with paths normalised to dots (see normalisePath). */
export const ProblemsContext = createContext<readonly FieldProblem[]>([]);

/** "/body/materials/0/name" or "materials[0].name" → "materials.0.name". */
export function normalisePath(path: string): string {
  return path
    .replace(/^\/?body\/?/, '')
    .replace(/\[id=[^\]]*\]/g, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\//, '')
    .replace(/\//g, '.');
}

export const idOf = (path: string) => `ca-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export function useProblemsAt(path: string): string[] {
  return useContext(ProblemsContext)
    .filter((p) => p.path === path)
    .map((p) => p.message);
}

interface FieldProps {
  label: string;
  path: string;
  hint?: string;
  children: ReactNode;
}

export function Field({ label, path, hint, children }: FieldProps) {
  const problems = useProblemsAt(path);
  return (
    <Form.Item
      label={label}
      htmlFor={idOf(path)}
      validateStatus={problems.length ? 'error' : undefined}
      help={problems.length ? problems.join('；') : hint}
    >
      {children}
    </Form.Item>
  );
}

interface TextProps {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
  maxLength?: number;
}

export function TextField({ label, path, value, onChange, hint, rows, maxLength }: TextProps) {
  const common = { id: idOf(path), value: value ?? '', maxLength };
  return (
    <Field label={label} path={path} hint={hint}>
      {rows ? (
        <Input.TextArea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

interface NumberProps {
  label: string;
  path: string;
  value: number | undefined;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
}

export function NumberField({ label, path, value, onChange, min = 0, max = 999 }: NumberProps) {
  return (
    <Field label={label} path={path}>
      <InputNumber
        id={idOf(path)}
        value={value}
        min={min}
        max={max}
        precision={0}
        onChange={(v) => onChange(typeof v === 'number' ? v : min)}
      />
    </Field>
  );
}

interface SwitchProps {
  label: string;
  path: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function SwitchField({ label, path, checked, onChange }: SwitchProps) {
  return (
    <Field label={label} path={path}>
      <Switch id={idOf(path)} checked={checked} onChange={onChange} />
    </Field>
  );
}

interface CodeProps<T extends CodeTable> {
  label: string;
  path: string;
  table: T;
  value: string | undefined;
  onChange: (value: CodeOf<T>) => void;
}

/** One code of a code table, as a drop-down. */
export function CodeField<T extends CodeTable>({ label, path, table, value, onChange }: CodeProps<T>) {
  const { code } = useLabels();
  return (
    <Field label={label} path={path}>
      <Select
        id={idOf(path)}
        value={value as CodeOf<T> | undefined}
        onChange={onChange}
        options={(CODE_TABLES[table] as readonly CodeOf<T>[]).map((c) => ({
          value: c,
          label: `${code(table, c)}（${c}）`,
        }))}
      />
    </Field>
  );
}

interface CodesProps<T extends CodeTable> {
  label: string;
  path: string;
  table: T;
  value: readonly string[];
  onChange: (value: CodeOf<T>[]) => void;
}

/** Several codes of a code table, as checkboxes (short tables read better than a multi-select). */
export function CodesField<T extends CodeTable>({ label, path, table, value, onChange }: CodesProps<T>) {
  const { code } = useLabels();
  const problems = useProblemsAt(path);
  return (
    <fieldset className="ca-fieldset" id={idOf(path)}>
      <legend>{label}</legend>
      <Checkbox.Group
        value={[...value]}
        onChange={(v) => onChange((CODE_TABLES[table] as readonly CodeOf<T>[]).filter((c) => v.includes(c)))}
        options={CODE_TABLES[table].map((c) => ({ value: c, label: code(table, c) }))}
      />
      {problems.map((p) => (
        <p key={p} className="ca-problem">
          {p}
        </p>
      ))}
    </fieldset>
  );
}

interface WordsProps {
  label: string;
  path: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  hint?: string;
}

/** Free words (keywords, window codes): a tag-mode select. */
export function WordsField({ label, path, value, onChange, hint }: WordsProps) {
  const { t } = useI18n();
  return (
    <Field label={label} path={path} hint={hint}>
      <Select
        id={idOf(path)}
        mode="tags"
        value={[...value]}
        onChange={(v: string[]) => onChange(v.map((s) => s.trim()).filter(Boolean))}
        open={false}
        suffixIcon={null}
        aria-label={label}
        notFoundContent={t('ca.list.empty', { name: label })}
      />
    </Field>
  );
}
