// One tab of the editor by key (each tab is its own component file).
import { FormTab } from '../form/FormTab.tsx';
import { BasicsTab } from './BasicsTab.tsx';
import { LimitsTab } from './LimitsTab.tsx';
import { MaterialsTab } from './MaterialsTab.tsx';
import { ModesTab } from './ModesTab.tsx';
import type { TabKey } from './paths.ts';
import { ProcedureTab } from './ProcedureTab.tsx';
import { SituationsTab } from './SituationsTab.tsx';
import type { TabProps } from './tab-props.ts';
import { VenuesTab } from './VenuesTab.tsx';

const TABS: Record<TabKey, (props: TabProps) => React.JSX.Element> = {
  basics: BasicsTab,
  situations: SituationsTab,
  materials: MaterialsTab,
  form: FormTab,
  procedure: ProcedureTab,
  limits: LimitsTab,
  modes: ModesTab,
  venues: VenuesTab,
};

export function EditorTabs({ tab, ...props }: TabProps & { tab: TabKey }) {
  const Tab = TABS[tab];
  return <Tab {...props} />;
}
