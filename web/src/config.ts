// Deployment settings of the reference deployment (Tianjin). Another city changes these values only.
export const deployment = {
  /** GB/T 2260 code of the city whose districts the portal lists (Tianjin 市辖区). */
  cityRegionCode: '120100',
};
