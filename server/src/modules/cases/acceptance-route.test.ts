// Where a case may be accepted: listed venues and windows, 全市通办 and 异地代收代办.
import { describe, expect, it } from 'vitest';
import { acceptanceRoute, onlineAcceptingVenue, type AcceptingPlace } from './acceptance-route.ts';

type Content = Parameters<typeof acceptanceRoute>[0];
const content = (over: Partial<Content> = {}): Content => ({
  acceptingVenues: [
    { venueId: 'zwfw-120103', mode: 'comprehensive' },
    { venueId: 'bmzx-120103001', mode: 'delegated-acceptance', windowCodes: ['SL01'] },
  ],
  cityWide: false,
  crossProvince: [],
  ...over,
});
const at = (
  venueId: string,
  windowType: AcceptingPlace['windowType'],
  windowCode: string | null = 'SL01',
) => ({
  venueId,
  windowType,
  windowCode,
});

describe('acceptanceRoute', () => {
  it('a listed venue accepts in its listed mode, without forwarding', () => {
    expect(acceptanceRoute(content(), at('zwfw-120103', 'comprehensive'), '120103', '120103')).toEqual({
      ok: true,
      mode: 'comprehensive',
      forwarding: false,
    });
    expect(
      acceptanceRoute(content(), at('bmzx-120103001', 'comprehensive'), '120103', '120103'),
    ).toMatchObject({ ok: true, mode: 'delegated-acceptance' });
  });

  it('a listed venue with listed windows refuses another window', () => {
    const r = acceptanceRoute(content(), at('bmzx-120103001', 'comprehensive', 'SL02'), '120103', '120103');
    expect(r).toMatchObject({ ok: false });
    expect(r.ok === false && r.reasonZh).toContain('SL01');
  });

  it('a listed venue’s window restriction does not take away 全市通办 at its other comprehensive windows', () => {
    const r = acceptanceRoute(
      content({ cityWide: true }),
      at('bmzx-120103001', 'comprehensive', 'SL02'),
      '120103',
      '120103',
    );
    expect(r).toEqual({ ok: true, mode: 'city-wide', forwarding: false });
  });

  it('a consultation or complaint window does not accept, even at a listed venue', () => {
    for (const type of ['consultation', 'complaint'] as const)
      expect(acceptanceRoute(content(), at('zwfw-120103', type, 'ZX01'), '120103', '120103').ok).toBe(false);
  });

  it('a back-office clerk without a window accepts at a listed venue', () => {
    expect(acceptanceRoute(content(), at('zwfw-120103', null, null), '120103', '120103').ok).toBe(true);
  });

  it('全市通办: a comprehensive or assisted window of another district accepts a city-wide item', () => {
    const cityWide = content({ cityWide: true });
    for (const type of ['comprehensive', 'assisted'] as const)
      expect(acceptanceRoute(cityWide, at('zwfw-120101', type), '120103', '120101')).toEqual({
        ok: true,
        mode: 'city-wide',
        forwarding: false,
      });
    // Not city-wide: another district's comprehensive window cannot.
    expect(acceptanceRoute(content(), at('zwfw-120101', 'comprehensive'), '120103', '120101').ok).toBe(false);
    // A professional window is not a comprehensive one.
    expect(acceptanceRoute(cityWide, at('zwfw-120101', 'professional', 'ZY01'), '120103', '120101').ok).toBe(
      false,
    );
  });

  it('异地代收代办: a cross-region window of another region accepts and forwards the materials', () => {
    const remote = content({ crossProvince: ['remote-acceptance'] });
    expect(acceptanceRoute(remote, at('zwfw-120101', 'cross-region', 'KS01'), '120103', '120101')).toEqual({
      ok: true,
      mode: 'remote-acceptance',
      forwarding: true,
    });
    // A city-wide item too, at the cross-region window.
    expect(
      acceptanceRoute(
        content({ cityWide: true }),
        at('zwfw-120101', 'cross-region', 'KS01'),
        '120103',
        '120101',
      ),
    ).toMatchObject({ ok: true, mode: 'remote-acceptance', forwarding: true });
    // The same region is no remote acceptance; an item without the rule is refused.
    expect(acceptanceRoute(remote, at('bmzx-120103002', 'cross-region', 'KS01'), '120103', '120103').ok).toBe(
      false,
    );
    expect(acceptanceRoute(content(), at('zwfw-120101', 'cross-region', 'KS01'), '120103', '120101').ok).toBe(
      false,
    );
  });

  it('refusals say why in both languages', () => {
    const r = acceptanceRoute(content(), at('zwfw-120116', 'comprehensive'), '120103', '120116');
    expect(r).toEqual({
      ok: false,
      reason: expect.any(String),
      reasonZh: expect.stringContaining('全市通办'),
    });
  });
});

describe('onlineAcceptingVenue', () => {
  it('is the first venue with an own or comprehensive window, else the first listed', () => {
    expect(onlineAcceptingVenue(content())).toBe('zwfw-120103');
    expect(
      onlineAcceptingVenue({
        acceptingVenues: [
          { venueId: 'bmzx-1', mode: 'delegated-acceptance' },
          { venueId: 'zwfw-2', mode: 'own-window' },
        ],
      }),
    ).toBe('zwfw-2');
    expect(
      onlineAcceptingVenue({ acceptingVenues: [{ venueId: 'bmzx-1', mode: 'authorized-handling' }] }),
    ).toBe('bmzx-1');
    expect(onlineAcceptingVenue({ acceptingVenues: [] })).toBeNull();
  });
});
