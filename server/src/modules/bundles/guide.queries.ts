// Reads of bundle versions in force (the guide and applying pin to these).
import type { BundleTarget, LifeEvent } from './codes.ts';

export interface BundleLifeEventFilter {
  target?: BundleTarget;
  lifeEvent?: LifeEvent;
}
