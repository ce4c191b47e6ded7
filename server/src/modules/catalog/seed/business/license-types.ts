// E-license types (电子证照类型) of the enterprise half of the demo catalog: materials' sources,
// results and data-element sources. Codes follow the GB/T 36904 style: the defining body's USCC
// (18 characters, from the masterdata seed, so demo codes) plus a three-digit serial. Serials
// 501–999 keep clear of the person half (persons/license-types.ts) where both use one agency. #6
// seeds the same types into the e-license catalogue from this map, so a code must never change.
import { cityAgencies } from '../../../masterdata/seed/agencies-city.ts';

function typeCode(agencyId: string, serial: number): string {
  const agency = cityAgencies.find((a) => a.id === agencyId);
  if (!agency) throw new Error(`no agency ${agencyId}`);
  return `${agency.uscc}${String(serial).padStart(3, '0')}`;
}

export interface BusinessLicenseType {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The city agency that defines the type (district bureaux issue it under the same type). */
  issuerAgencyId: string;
}

const def = (
  issuerAgencyId: string,
  serial: number,
  nameZh: string,
  nameEn: string,
): BusinessLicenseType => ({
  code: typeCode(issuerAgencyId, serial),
  nameZh,
  nameEn,
  issuerAgencyId,
});

export const BUSINESS_LICENSE_TYPES = {
  businessLicence: def('tj-scjgw', 501, '营业执照', 'Business licence'),
  foodBusiness: def('tj-scjgw', 502, '食品经营许可证', 'Food business licence'),
  smallWorkshop: def('tj-scjgw', 503, '食品小作坊登记证', 'Small food workshop registration'),
  publicPlaceHygiene: def('tj-wjw', 501, '公共场所卫生许可证', 'Public place hygiene licence'),
  vehicleRegistration: def('tj-gaj', 501, '机动车行驶证', 'Vehicle registration certificate'),
  roadTransport: def('tj-jtysw', 501, '道路运输经营许可证', 'Road transport operating licence'),
  vehicleTransport: def('tj-jtysw', 502, '道路运输证', 'Vehicle road transport certificate'),
  oversizeTransport: def('tj-jtysw', 503, '超限运输车辆通行证', 'Oversize transport permit'),
  drugRetail: def('tj-yjj', 501, '药品经营许可证', 'Drug business licence'),
  deviceBusiness: def('tj-yjj', 502, '医疗器械经营许可证', 'Medical device business licence'),
  pollutantDischarge: def('tj-sthjj', 501, '排污许可证', 'Pollutant discharge permit'),
  commercialPerformance: def('tj-whlyj', 501, '营业性演出许可证', 'Commercial performance licence'),
  constructionPlanning: def('tj-ghzyj', 501, '建设工程规划许可证', 'Construction project planning permit'),
  landUsePlanning: def('tj-ghzyj', 502, '建设用地规划许可证', 'Land-use planning permit'),
  roadOccupation: def('tj-csglw', 501, '城市道路占用、挖掘许可决定书', 'Road occupation permit'),
  labourDispatch: def('tj-rsj', 501, '劳务派遣经营许可证', 'Labour dispatch licence'),
} as const satisfies Record<string, BusinessLicenseType>;

/** The type codes, by key: `BLT.foodBusiness`. */
export const BLT = Object.fromEntries(
  Object.entries(BUSINESS_LICENSE_TYPES).map(([k, v]) => [k, v.code]),
) as {
  [K in keyof typeof BUSINESS_LICENSE_TYPES]: string;
};
