// Unresolved matters and 12345 orders (办不成事, issue #8): received at the window, online or by a
// hotline agent; dispatched, signed for, answered and confirmed on the working-day clock, with
// returns, designation, merging, reopening and supervision (督办).
import type { TongbanModule } from '../../platform/module.ts';

export const complaintsModule: TongbanModule = {
  name: 'complaints',
};
