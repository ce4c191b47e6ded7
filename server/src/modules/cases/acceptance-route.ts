// Where a case may be accepted (pure). A venue listed in the implementation's accepting venues
// accepts in its listed mode (own window, comprehensive window, or 就近办 at a convenience centre
// or station by delegation or authorisation). Beyond the list:
// - 全市通办: an implementation marked city-wide may be accepted at any comprehensive window in
//   the city; it routes to the competent agency ("前台综合受理、后台分类审批、综合窗口出件").
// - 异地代收代办: a cross-region window accepts for an agency elsewhere after checking form and
//   identity, and the paper materials are forwarded to the agency (case_forwarding).
import type { ImplementationContent } from '../catalog/content.ts';

export type WindowType =
  'consultation' | 'comprehensive' | 'assisted' | 'cross-region' | 'complaint' | 'professional';

export type AcceptanceMode =
  | 'own-window'
  | 'comprehensive'
  | 'delegated-acceptance'
  | 'authorized-handling'
  | 'city-wide'
  | 'remote-acceptance';

export interface AcceptingPlace {
  venueId: string;
  /** The clerk's window type; null when the clerk has no window (back office). */
  windowType: WindowType | null;
  windowCode: string | null;
}

export type AcceptanceRoute =
  { ok: true; mode: AcceptanceMode; forwarding: boolean } | { ok: false; reason: string; reasonZh: string };

const ACCEPTING_WINDOWS: readonly WindowType[] = [
  'comprehensive',
  'assisted',
  'professional',
  'cross-region',
];

export function acceptanceRoute(
  content: Pick<ImplementationContent, 'acceptingVenues' | 'cityWide' | 'crossProvince'>,
  place: AcceptingPlace,
  competentRegion: string,
  venueRegion: string,
): AcceptanceRoute {
  const listed = content.acceptingVenues.find((v) => v.venueId === place.venueId);
  let refusal: AcceptanceRoute | null = null;
  if (listed) {
    const windows = listed.windowCodes ?? [];
    if (windows.length && place.windowCode !== null && !windows.includes(place.windowCode))
      refusal = {
        ok: false,
        reason: `window ${place.windowCode} is not one of ${windows.join(', ')}`,
        reasonZh: `本事项只在 ${windows.join('、')} 号窗口受理`,
      };
    else if (place.windowType !== null && !ACCEPTING_WINDOWS.includes(place.windowType))
      refusal = {
        ok: false,
        reason: `a ${place.windowType} window does not accept`,
        reasonZh: '该窗口不受理办件',
      };
    else return { ok: true, mode: listed.mode, forwarding: false };
  }
  // A listed venue's window restriction does not take away 全市通办 at its comprehensive windows.
  if (content.cityWide && (place.windowType === 'comprehensive' || place.windowType === 'assisted'))
    return { ok: true, mode: 'city-wide', forwarding: false };
  const remote = content.crossProvince.includes('remote-acceptance') || content.cityWide;
  if (remote && place.windowType === 'cross-region' && venueRegion !== competentRegion)
    return { ok: true, mode: 'remote-acceptance', forwarding: true };
  if (refusal) return refusal;
  return {
    ok: false,
    reason:
      'the venue is not an accepting venue of this implementation and no city-wide or remote rule applies',
    reasonZh: '该场所不是本事项的受理场所，且本事项不适用全市通办或异地代收代办',
  };
}

/** The desk an online application lands at: the first listed venue with a window of the agency's own or comprehensive. */
export function onlineAcceptingVenue(content: Pick<ImplementationContent, 'acceptingVenues'>): string | null {
  const v =
    content.acceptingVenues.find((x) => x.mode === 'own-window' || x.mode === 'comprehensive') ??
    content.acceptingVenues[0];
  return v?.venueId ?? null;
}
