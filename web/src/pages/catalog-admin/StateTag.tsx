// A version's state as a tag (草稿 … 生效中 … 已废止). Colours come from catalog-admin.css (dark
// text on a light ground, AA contrast), not antd's preset colours.
import { Tag } from 'antd';
import { useLabels } from './labels.ts';

export function StateTag({ state }: { state: string }) {
  const { state: label } = useLabels();
  return (
    <Tag className={`ca-state ca-state-${state}`} data-state={state}>
      {label(state)}
    </Tag>
  );
}
