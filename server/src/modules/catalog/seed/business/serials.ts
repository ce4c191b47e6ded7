// Serials of the enterprise half's implementations, unique per agency (the implementation code is
// the agency's USCC + the serial). The person half uses 1–499 where both share an agency; this half
// uses 501–999. One table so that two files never pick the same number.

/** The district 行政审批局 (hx-xzspj, hp-xzspj, bh-xzspj). */
export const XZSPJ_SERIAL = {
  foodBusiness: 501,
  individualBusiness: 502,
  limitedCompany: 503,
  prepackagedFood: 504,
  publicPlaceHygiene: 505,
  drugRetail: 506,
  roadOccupation: 507,
  constructionPlanning: 508,
  freightTransport: 509,
  pollutantDischarge: 510,
  performance: 511,
} as const;

/** The district public-security branches (hx-gafj, hp-gafj, bh-gafj). */
export const GAFJ_SERIAL = { sealFiling: 501 } as const;

/** The district tax bureaus (hx-swj …) and 人社局 (hx-rsj …), by agency kind. */
export const DISTRICT_SERIAL = {
  swj: { newTaxpayer: 501 },
  rsj: { employerInsurance: 501 },
} as const;

/** City agencies, by agency id. */
export const CITY_SERIAL = {
  scjgw: {
    foodPenalty: 501,
    foodSeizure: 502,
    foodInspection: 503,
    patentDispute: 504,
    nameDispute: 505,
    abnormalList: 506,
  },
  ghzyj: { constructionPlanning: 501, landUsePlanning: 502 },
  csglw: { roadOccupation: 501 },
  jtysw: { oversize: 501, freight: 502 },
  yjj: { deviceClass3: 501, deviceClass2: 502, pharmacyInspection: 503 },
  sthjj: { pollutantDischarge: 501, siteInspection: 502, seizure: 503 },
  rsj: { labourDispatch: 501 },
  gjjzx: { employerDeposit: 501 },
  whlyj: { performance: 501 },
} as const;
