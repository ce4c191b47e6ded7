// Value lists of the enum data elements of natural-person services. Codes follow the national
// standards where one exists (GB/T 2261.1 gender, GB/T 2261.2 marital status, GB/T 4658
// education); the others are this platform's own stable codes.
import type { EnumValue } from '../schema.ts';

export const values = (...entries: [value: string, zh: string, en: string][]): EnumValue[] =>
  entries.map(([value, labelZh, labelEn]) => ({ value, labelZh, labelEn }));

/** 证件类型 (GA/T 517 practice: the identity documents a natural person applies with). */
export const ID_TYPES = values(
  ['resident-id', '居民身份证', 'Resident identity card'],
  ['hk-macao-permit', '港澳居民来往内地通行证', 'Mainland travel permit for HK and Macao residents'],
  ['taiwan-permit', '台湾居民来往大陆通行证', 'Mainland travel permit for Taiwan residents'],
  ['hmt-residence', '港澳台居民居住证', 'Residence permit for HK, Macao and Taiwan residents'],
  ['foreign-passport', '外国人护照', 'Foreign passport'],
  ['foreign-permanent', '外国人永久居留身份证', 'Foreign permanent resident ID card'],
);
export const GENDERS = values(['1', '男', 'Male'], ['2', '女', 'Female'], ['9', '未说明', 'Unspecified']);
export const MARITAL = values(
  ['10', '未婚', 'Never married'],
  ['20', '已婚', 'Married'],
  ['30', '丧偶', 'Widowed'],
  ['40', '离婚', 'Divorced'],
);
export const EDUCATION = values(
  ['10', '研究生', 'Postgraduate'],
  ['20', '大学本科', 'Bachelor'],
  ['30', '大学专科', 'Associate degree'],
  ['40', '中等职业教育', 'Secondary vocational'],
  ['60', '普通高级中学', 'Senior high school'],
  ['70', '初级中学', 'Junior high school'],
  ['80', '小学', 'Primary school'],
  ['90', '其他', 'Other'],
);
export const RELATIONS = values(
  ['spouse', '配偶', 'Spouse'],
  ['parent', '父母', 'Parent'],
  ['child', '子女', 'Child'],
  ['sibling', '兄弟姐妹', 'Sibling'],
  ['grandparent', '祖父母、外祖父母', 'Grandparent'],
  ['guardian', '其他监护人', 'Other guardian'],
  ['entrusted', '受托人', 'Entrusted person'],
);
export const HOUSEHOLD_TYPES = values(
  ['urban', '城镇', 'Urban'],
  ['rural', '农村', 'Rural'],
  ['unified', '居民户口（城乡统一）', 'Resident (unified)'],
);
