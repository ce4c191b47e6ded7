// The data-element dictionary (数据元) every installation starts with. PLACEHOLDER: a helper fills it.
import type { DataElementDef } from '../form-schema.ts';

export interface SeedDataElement extends DataElementDef {
  sourceKind: 'none' | 'person-profile' | 'enterprise-profile' | 'e-license';
  sourceField: string | null;
  sourceLicenseType: string | null;
  description: string;
}

export const DEMO_DATA_ELEMENTS: readonly SeedDataElement[] = [
  {
    key: 'applicant.name',
    labelZh: '申请人姓名',
    labelEn: 'Applicant name',
    type: 'string',
    format: null,
    enumValues: null,
    maxLength: 50,
    sourceKind: 'person-profile',
    sourceField: 'name',
    sourceLicenseType: null,
    description: '',
  },
];
