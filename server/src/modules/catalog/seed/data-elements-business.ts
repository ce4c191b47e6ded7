// Data elements (数据元) for enterprises and business licences: the enterprise itself (enterprise.*,
// pre-filled from the enterprise profile = 一企一档 where the platform knows the field), the premises
// and business of a licence (business.*), construction projects (project.*), vehicles and trips
// (vehicle.*) and commercial performances (performance.*). Person keys (applicant.*, agent.* …)
// live in data-elements.ts.
import type { EnumValue } from '../schema.ts';
import type { SeedDataElement } from './data-elements.ts';
import { BLT } from './business/license-types.ts';

type Type = SeedDataElement['type'];
interface Extra {
  format?: SeedDataElement['format'];
  enumValues?: EnumValue[];
  maxLength?: number;
  /** Pre-filled from the enterprise profile field. */
  profile?: string;
  /** Pre-filled from a field of this e-license type. */
  license?: [licenseType: string, field: string];
  description?: string;
}

function el(key: string, labelZh: string, labelEn: string, type: Type, extra: Extra = {}): SeedDataElement {
  const source: Pick<SeedDataElement, 'sourceKind' | 'sourceField' | 'sourceLicenseType'> = extra.profile
    ? { sourceKind: 'enterprise-profile', sourceField: extra.profile, sourceLicenseType: null }
    : extra.license
      ? { sourceKind: 'e-license', sourceField: extra.license[1], sourceLicenseType: extra.license[0] }
      : { sourceKind: 'none', sourceField: null, sourceLicenseType: null };
  return {
    key,
    labelZh,
    labelEn,
    type,
    format: extra.format ?? null,
    enumValues: type === 'enum' ? (extra.enumValues ?? []) : null,
    maxLength: type === 'string' ? (extra.maxLength ?? 200) : null,
    ...source,
    description: extra.description ?? '',
  };
}

const options = (pairs: ReadonlyArray<readonly [value: string, zh: string, en: string]>): EnumValue[] =>
  pairs.map(([value, labelZh, labelEn]) => ({ value, labelZh, labelEn }));

const BL = BLT.businessLicence;

const ENTERPRISE: SeedDataElement[] = [
  el('enterprise.name', '企业（市场主体）名称', 'Enterprise name', 'string', {
    maxLength: 100,
    profile: 'name',
    description: '与营业执照一致；设立登记时为申报的名称',
  }),
  el('enterprise.uscc', '统一社会信用代码', 'Unified social credit code', 'string', {
    format: 'uscc',
    maxLength: 18,
    profile: 'uscc',
  }),
  el('enterprise.type', '市场主体类型', 'Type of market entity', 'enum', {
    license: [BL, 'type'],
    enumValues: options([
      ['llc', '有限责任公司', 'Limited liability company'],
      ['llc-natural-person', '有限责任公司（自然人独资）', 'Single-person LLC'],
      ['joint-stock', '股份有限公司', 'Joint-stock company'],
      ['individual', '个体工商户', 'Individual business'],
      ['partnership', '合伙企业', 'Partnership'],
      ['sole-proprietorship', '个人独资企业', 'Sole proprietorship'],
      ['branch', '分公司', 'Branch'],
      ['cooperative', '农民专业合作社', "Farmers' cooperative"],
    ]),
  }),
  el('enterprise.legalRepName', '法定代表人（负责人、经营者）姓名', 'Legal representative', 'string', {
    maxLength: 50,
    profile: 'legalRepName',
  }),
  el('enterprise.legalRepIdNumber', '法定代表人身份证件号码', 'Legal representative ID number', 'string', {
    format: 'citizen-id',
    maxLength: 18,
  }),
  el('enterprise.legalRepPhone', '法定代表人联系电话', 'Legal representative phone', 'string', {
    format: 'phone',
    maxLength: 20,
  }),
  el('enterprise.registeredCapital', '注册资本（万元）', 'Registered capital (10k yuan)', 'number', {
    license: [BL, 'registeredCapital'],
  }),
  el('enterprise.address', '住所（主要经营场所）', 'Registered address', 'string', {
    maxLength: 200,
    profile: 'address',
  }),
  el('enterprise.regionCode', '住所所在行政区划', 'Region of the registered address', 'string', {
    format: 'region-code',
    maxLength: 12,
  }),
  el('enterprise.postalCode', '邮政编码', 'Postal code', 'string', { format: 'postal-code', maxLength: 6 }),
  el('enterprise.businessScope', '经营范围', 'Business scope', 'string', {
    maxLength: 2000,
    license: [BL, 'businessScope'],
    description: '按《经营范围登记规范表述目录》选择规范表述',
  }),
  el('enterprise.establishedDate', '成立日期', 'Date of establishment', 'date', {
    license: [BL, 'establishedDate'],
  }),
  el('enterprise.operatingTerm', '营业期限', 'Operating term', 'string', { maxLength: 50 }),
  el('enterprise.employees', '从业人员数', 'Number of employees', 'integer'),
  el('enterprise.phone', '企业联系电话', 'Enterprise phone', 'string', { format: 'phone', maxLength: 20 }),
  el('enterprise.email', '企业电子邮箱', 'Enterprise email', 'string', { format: 'email', maxLength: 100 }),
  el('enterprise.contactName', '企业联系人', 'Contact person', 'string', { maxLength: 50 }),
  el('enterprise.contactPhone', '联系人手机号码', 'Contact phone', 'string', {
    format: 'phone',
    maxLength: 20,
  }),
  el('enterprise.contactIdNumber', '联系人身份证件号码', 'Contact person ID number', 'string', {
    format: 'citizen-id',
    maxLength: 18,
  }),
  el('enterprise.shareholders', '股东（发起人）及出资情况', 'Shareholders and contributions', 'string', {
    maxLength: 2000,
  }),
  el('enterprise.taxpayerKind', '纳税人类型', 'Taxpayer kind', 'enum', {
    enumValues: options([
      ['small-scale', '小规模纳税人', 'Small-scale taxpayer'],
      ['general', '一般纳税人', 'General taxpayer'],
    ]),
  }),
  el('enterprise.sealCount', '刻制印章枚数', 'Number of seals to engrave', 'integer'),
  el('enterprise.financeManagerName', '财务负责人姓名', 'Finance manager', 'string', { maxLength: 50 }),
  el('enterprise.financeManagerPhone', '财务负责人联系电话', 'Finance manager phone', 'string', {
    format: 'phone',
    maxLength: 20,
  }),
  el('enterprise.fundRate', '住房公积金缴存比例（%）', 'Provident fund contribution rate (%)', 'number', {
    description: '单位和职工缴存比例相同，本市为5%至12%',
  }),
];

const BUSINESS: SeedDataElement[] = [
  el('business.premisesAddress', '经营场所地址', 'Premises address', 'string', { maxLength: 200 }),
  el('business.premisesArea', '经营场所面积（平方米）', 'Premises area (m²)', 'number'),
  el('business.premisesRight', '经营场所使用权', 'Right to use the premises', 'enum', {
    enumValues: options([
      ['owned', '自有', 'Owned'],
      ['leased', '租赁', 'Leased'],
      ['free', '无偿使用', 'Free use'],
    ]),
  }),
  el('business.category', '经营项目（主体业态）', 'Business category', 'enum', {
    enumValues: options([
      ['catering', '餐饮服务', 'Catering'],
      ['food-sales', '食品销售', 'Food retail'],
      ['canteen', '单位食堂', 'Canteen'],
      ['central-kitchen', '中央厨房', 'Central kitchen'],
      ['delivery', '集体用餐配送', 'Group meal delivery'],
    ]),
  }),
  el('business.foodItems', '经营项目（食品类别）', 'Food items', 'string', {
    maxLength: 500,
    description: '如：热食类食品制售、冷食类食品制售、预包装食品（含冷藏冷冻食品）销售',
  }),
  el('business.onlineSales', '是否网络经营', 'Sells online', 'boolean'),
  el('business.foodSafetyManager', '食品安全管理人员', 'Food safety manager', 'string', { maxLength: 50 }),
  el('business.operatingHours', '营业时间', 'Operating hours', 'string', { maxLength: 100 }),
  el('business.seats', '就餐座位数', 'Seats', 'integer'),
  el('business.staffCount', '从业人员数（持健康证明）', 'Staff with health certificates', 'integer'),
  el('business.placeKind', '公共场所类别', 'Kind of public place', 'enum', {
    enumValues: options([
      ['hotel', '宾馆、旅店、招待所', 'Hotel'],
      ['bath', '公共浴室', 'Public bath'],
      ['barber', '理发店、美容店', 'Barber or beauty salon'],
      ['swimming', '游泳场（馆）', 'Swimming pool'],
      ['entertainment', '影剧院、歌舞厅、游艺厅', 'Entertainment venue'],
      ['gym', '体育场（馆）', 'Sports venue'],
      ['mall', '商场（店）、书店', 'Shop or mall'],
      ['waiting-room', '候诊室、候车（机、船）室', 'Waiting room'],
    ]),
  }),
  el('business.drugScope', '药品经营范围', 'Drug business scope', 'string', {
    maxLength: 500,
    description: '如：处方药、甲类非处方药、乙类非处方药；中药饮片；生物制品',
  }),
  el('business.pharmacistName', '执业药师姓名', 'Licensed pharmacist', 'string', { maxLength: 50 }),
  el('business.qualityManager', '质量负责人', 'Quality manager', 'string', { maxLength: 50 }),
  el('business.warehouseAddress', '仓库地址', 'Warehouse address', 'string', { maxLength: 200 }),
  el('business.deviceScope', '医疗器械经营范围（分类编码）', 'Medical device scope', 'string', {
    maxLength: 500,
  }),
  el('business.dispatchedWorkers', '拟派遣劳动者人数', 'Workers to dispatch', 'integer'),
  el('business.paidInCapital', '实缴注册资本（万元）', 'Paid-in capital (10k yuan)', 'number'),
  el('business.industryCode', '行业类别（国民经济行业分类代码）', 'Industry code', 'string', {
    maxLength: 10,
  }),
  el('business.pollutants', '主要污染物种类', 'Main pollutants', 'string', { maxLength: 500 }),
  el('business.dischargeOutlets', '排放口数量', 'Discharge outlets', 'integer'),
  el('business.dischargeManagement', '排污许可管理类别', 'Pollutant-permit category', 'enum', {
    enumValues: options([
      ['key', '重点管理', 'Key management'],
      ['simplified', '简化管理', 'Simplified management'],
    ]),
  }),
  el('business.sealKinds', '印章种类', 'Kinds of seals', 'string', {
    maxLength: 200,
    description: '如：公章、财务专用章、发票专用章、合同专用章',
  }),
];

const PROJECT: SeedDataElement[] = [
  el('project.name', '项目名称', 'Project name', 'string', { maxLength: 200 }),
  el('project.code', '项目代码', 'Project code', 'string', {
    maxLength: 24,
    description: '投资项目在线审批监管平台赋予的项目代码',
  }),
  el('project.location', '建设地点', 'Location', 'string', { maxLength: 200 }),
  el('project.landArea', '用地面积（平方米）', 'Land area (m²)', 'number'),
  el('project.buildingArea', '总建筑面积（平方米）', 'Floor area (m²)', 'number'),
  el('project.investment', '总投资（万元）', 'Total investment (10k yuan)', 'number'),
  el('project.landUsePermitNumber', '建设用地规划许可证编号', 'Land-use planning permit no.', 'string', {
    maxLength: 50,
  }),
  el('project.planningPermitNumber', '建设工程规划许可证编号', 'Construction planning permit no.', 'string', {
    maxLength: 50,
  }),
  el('project.designFirm', '设计单位', 'Design firm', 'string', { maxLength: 100 }),
  el('project.constructionUnit', '施工单位', 'Construction contractor', 'string', { maxLength: 100 }),
  el('project.roadName', '占用、挖掘道路名称及路段', 'Road and section', 'string', { maxLength: 200 }),
  el('project.occupiedArea', '占用、挖掘面积（平方米）', 'Occupied or excavated area (m²)', 'number'),
  el('project.worksKind', '道路作业类型', 'Kind of road works', 'enum', {
    enumValues: options([
      ['occupy', '占用城市道路', 'Occupy a road'],
      ['excavate', '挖掘城市道路', 'Excavate a road'],
      ['both', '占用并挖掘', 'Occupy and excavate'],
    ]),
  }),
  el('project.startDate', '开始日期', 'Start date', 'date'),
  el('project.endDate', '结束日期', 'End date', 'date'),
];

const VEHICLE: SeedDataElement[] = [
  // vehicle.plate is a general element (data-elements.ts).
  el('vehicle.type', '车辆类型', 'Vehicle type', 'enum', {
    enumValues: options([
      ['tractor', '牵引车', 'Tractor unit'],
      ['truck', '载货汽车', 'Lorry'],
      ['semi-trailer', '半挂车', 'Semi-trailer'],
      ['low-bed', '低平板半挂车', 'Low-bed trailer'],
      ['special', '专项作业车', 'Special-purpose vehicle'],
    ]),
  }),
  el('vehicle.trailerPlate', '挂车号牌', 'Trailer plate', 'string', { maxLength: 10 }),
  el('vehicle.axleCount', '轴数', 'Number of axles', 'integer'),
  el('vehicle.grossWeight', '车货总质量（吨）', 'Gross combined weight (t)', 'number'),
  el('vehicle.dimensions', '车货外廓尺寸（长×宽×高，米）', 'Overall dimensions (m)', 'string', {
    maxLength: 50,
  }),
  el('vehicle.cargo', '载运货物名称', 'Cargo', 'string', { maxLength: 100 }),
  el('vehicle.routeFrom', '起运地', 'From', 'string', { maxLength: 100 }),
  el('vehicle.routeTo', '目的地', 'To', 'string', { maxLength: 100 }),
  el('vehicle.route', '通行路线', 'Route', 'string', { maxLength: 500 }),
  el('vehicle.travelDate', '通行起始日期', 'Travel start date', 'date'),
  el('vehicle.travelEndDate', '通行截止日期', 'Travel end date', 'date'),
  el('vehicle.fleetSize', '拟投入营运车辆数', 'Vehicles to operate', 'integer'),
  el('vehicle.transportLicenceNumber', '道路运输经营许可证号', 'Road transport licence no.', 'string', {
    maxLength: 30,
    license: [BLT.roadTransport, 'licenceNumber'],
  }),
];

const PERFORMANCE: SeedDataElement[] = [
  el('performance.title', '演出名称', 'Title of the performance', 'string', { maxLength: 100 }),
  el('performance.kind', '演出类型', 'Kind of performance', 'enum', {
    enumValues: options([
      ['concert', '演唱会、音乐会', 'Concert'],
      ['drama', '话剧、戏曲', 'Drama or opera'],
      ['quyi', '曲艺、杂技、魔术', 'Folk arts, acrobatics'],
      ['dance', '舞蹈', 'Dance'],
      ['festival', '音乐节', 'Music festival'],
      ['other', '其他', 'Other'],
    ]),
  }),
  el('performance.venue', '演出场所', 'Venue', 'string', { maxLength: 200 }),
  el('performance.startDate', '演出开始日期', 'First performance date', 'date'),
  el('performance.endDate', '演出结束日期', 'Last performance date', 'date'),
  el('performance.shows', '演出场次', 'Number of shows', 'integer'),
  el('performance.performers', '演职人员人数', 'Number of performers', 'integer'),
  el('performance.audience', '预计观众人数', 'Expected audience', 'integer'),
  el('performance.foreignPerformers', '是否有港澳台或外国演员', 'Performers from abroad', 'boolean'),
];

export const BUSINESS_DATA_ELEMENTS: readonly SeedDataElement[] = [
  ...ENTERPRISE,
  ...BUSINESS,
  ...PROJECT,
  ...VEHICLE,
  ...PERFORMANCE,
];
