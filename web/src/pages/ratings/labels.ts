// Labels of rating codes in the visitor's language.
import type { MessageKey, Translate } from '../../i18n/index.ts';

export const levelLabel = (t: Translate, level: number) => t(`rat.level.${level}` as MessageKey);
export const channelLabel = (t: Translate, channel: string) => t(`rat.channel.${channel}` as MessageKey);
