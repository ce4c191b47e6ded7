// The central registry of problem codes (FormSG style): every error the API can answer with has
// a stable code, an HTTP status and a title in Chinese and English. Modules add their codes here
// so that clients and the docs have one list.

export interface ProblemDefinition {
  status: number;
  zh: string;
  en: string;
}

export const PROBLEMS = {
  VALIDATION_FAILED: { status: 400, zh: '请求参数不符合要求', en: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  BAD_REQUEST: { status: 400, zh: '请求有误', en: 'Bad request' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Authentication is required' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  CSRF_FAILED: {
    status: 403,
    zh: '请求来源校验失败，请刷新页面后重试',
    en: 'Cross-site request check failed; reload the page and try again',
  },
  NOT_FOUND: { status: 404, zh: '未找到所请求的资源', en: 'The resource was not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: { status: 405, zh: '不支持该请求方法', en: 'Method not allowed' },
  NOT_ACCEPTABLE: { status: 406, zh: '无法提供所请求的格式', en: 'The requested format is not available' },
  CONFLICT: { status: 409, zh: '与当前数据冲突', en: 'The request conflicts with the current state' },
  BODY_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, zh: '不允许的文件类型', en: 'This file type is not allowed' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: { status: 500, zh: '系统内部错误，请稍后再试', en: 'Internal error; please try again later' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用', en: 'The service is unavailable' },
  CALENDAR_DATE_INVALID: {
    status: 400,
    zh: '日期无效，应为 YYYY-MM-DD',
    en: 'Invalid date; expected YYYY-MM-DD',
  },
  CALENDAR_DAYS_OUT_OF_RANGE: {
    status: 400,
    zh: '工作日天数超出允许范围',
    en: 'Number of working days out of range',
  },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  SECOND_FACTOR_REQUIRED: {
    status: 401,
    zh: '请输入动态验证码',
    en: 'Enter the code from your authenticator app',
  },
  SECOND_FACTOR_INVALID: { status: 401, zh: '动态验证码不正确', en: 'The authenticator code is wrong' },
  ACCOUNT_LOCKED: {
    status: 429,
    zh: '登录失败次数过多，账号已暂时锁定',
    en: 'Too many failed sign-ins; the account is locked for a while',
  },
  AGENT_AUTHORIZATION_LAPSED: {
    status: 403,
    zh: '企业授权已失效，已切换回个人身份',
    en: 'The enterprise authorisation has lapsed; you act as yourself again',
  },
  VERIFICATION_CODE_INVALID: {
    status: 422,
    zh: '验证码不正确',
    en: 'The verification code is wrong',
  },
  VERIFICATION_CODE_EXPIRED: {
    status: 422,
    zh: '验证码已过期，请重新获取',
    en: 'The verification code has expired; request a new one',
  },
  VERIFICATION_CODE_ATTEMPTS_EXCEEDED: {
    status: 422,
    zh: '验证码尝试次数过多，请重新获取',
    en: 'Too many attempts with this verification code; request a new one',
  },
  REAL_NAME_MISMATCH: {
    status: 422,
    zh: '姓名与证件号码未能通过人口基础信息核验',
    en: 'Name and identity number do not match the population base registry',
  },
  TOTP_CONFIRMATION_FAILED: {
    status: 422,
    zh: '动态验证码不正确，身份验证器未启用',
    en: 'The authenticator code is wrong; the authenticator was not enabled',
  },
  ENTERPRISE_NOT_VERIFIED: {
    status: 422,
    zh: '未能核验您为该企业的法定代表人（须已实名认证，且与法人库登记一致）',
    en: 'You could not be verified as the legal representative of this enterprise (real-name level 2 and a match in the legal-person registry are required)',
  },
  SETTING_UNKNOWN: { status: 400, zh: '未知的配置项', en: 'Unknown setting' },
  OIDC_REDIRECT_URI_NOT_ALLOWED: {
    status: 400,
    zh: '回调地址须为 https（开发环境可用 http://localhost 或 http://127.0.0.1），且不得含片段或凭据',
    en: 'Redirect URIs must be https (http://localhost or http://127.0.0.1 in development), without fragment or credentials',
  },
  CATALOG_RULES_FAILED: {
    status: 422,
    zh: '事项未通过发布校验，请按问题清单逐项修改',
    en: 'The implementation fails the publication rules; see the list of problems',
  },
  CATALOG_VERSION_NOT_EDITABLE: {
    status: 409,
    zh: '该版本已提交或已发布，不能修改；请新建版本',
    en: 'This version is submitted or published and cannot be changed; create a new version',
  },
  CATALOG_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态下不能执行该操作',
    en: 'This action is not allowed in the current state',
  },
  CATALOG_VERSION_IN_PROGRESS: {
    status: 409,
    zh: '该实施清单已有一个在编版本',
    en: 'This implementation already has a version in progress',
  },
  CATALOG_CODE_TAKEN: { status: 409, zh: '编码已被使用', en: 'This code is already in use' },
  CATALOG_IMPORT_FAILED: {
    status: 422,
    zh: '导入文件有误，未导入任何数据；请按逐行错误报告修改后重新导入',
    en: 'The import file has errors and nothing was imported; fix the rows listed and try again',
  },
  DATA_ELEMENT_IN_USE: {
    status: 409,
    zh: '数据元正被已发布的表单使用，不能删除或改变类型',
    en: 'The data element is used by a published form; it cannot be removed or change type',
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    zh: 'Idempotency-Key 请求头格式不正确（1–100 个字母、数字或 -_.:）',
    en: 'The Idempotency-Key header is malformed (1–100 letters, digits or -_.:)',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该 Idempotency-Key 已用于内容不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  CASE_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '办件当前状态不允许此操作',
    en: 'The case’s current state does not allow this action',
  },
  CASE_CHANGED: {
    status: 409,
    zh: '办件已被他人处理，请刷新后重试',
    en: 'Someone else acted on the case first; reload and try again',
  },
  CASE_VENUE_NOT_ALLOWED: {
    status: 422,
    zh: '该事项不能在此场所或窗口受理',
    en: 'This item cannot be accepted at this venue or window',
  },
  CASE_MATERIALS_INCOMPLETE: {
    status: 422,
    zh: '申请材料不齐全，请按清单补齐',
    en: 'Required materials are missing; see the list',
  },
  CASE_DEFICIENCY_NOT_ALLOWED: {
    status: 422,
    zh: '仅可容缺的次要材料可以缺少',
    en: 'Only materials flagged for acceptance with deficiency may be missing',
  },
  CASE_COMMITMENT_NOT_ALLOWED: {
    status: 422,
    zh: '该申请不能适用告知承诺制',
    en: 'Notice-and-commitment is not available for this application',
  },
  CASE_IMPLEMENTATION_NOT_IN_FORCE: {
    status: 422,
    zh: '该事项当前没有现行有效的实施清单',
    en: 'The implementation has no version in force today',
  },
  CASE_EXTENSION_USED: {
    status: 409,
    zh: '办理期限只能延长一次',
    en: 'A case’s deadline can be extended once only',
  },
  CASE_CORRECTION_TOO_LATE: {
    status: 409,
    zh: '已超过一次性告知补正的期限，该申请视为已受理',
    en: 'Too late for a correction notice: the application counts as accepted',
  },
  CASE_MATERIAL_NOT_LISTED: {
    status: 422,
    zh: '只能要求补正本事项材料清单内的材料',
    en: 'Only materials on the item’s list may be demanded',
  },
  CASE_ASSIGNEE_INVALID: {
    status: 422,
    zh: '只能分派给本部门的工作人员',
    en: 'A case can only be assigned to a staff member of its agency',
  },
  CASE_SPECIAL_PROCEDURE_NOT_ALLOWED: {
    status: 422,
    zh: '该事项不适用此特别程序',
    en: 'This special procedure is not provided for this item',
  },
  CASE_DELIVERY_INVALID: {
    status: 422,
    zh: '送达信息不完整或不符合要求',
    en: 'The delivery details are incomplete or not allowed',
  },
  CASE_VERIFICATION_NOT_PENDING: {
    status: 409,
    zh: '该办件没有待核查的承诺',
    en: 'The case has no commitment awaiting verification',
  },
  CASE_NOT_APPROVED: {
    status: 409,
    zh: '只能撤销准予许可的决定',
    en: 'Only an approval can be revoked',
  },
  CASE_FORWARDING_STATE: {
    status: 409,
    zh: '纸质材料寄递状态不允许此操作',
    en: 'The forwarding of the paper materials does not allow this now',
  },
  FORM_DATA_INVALID: {
    status: 422,
    zh: '申请表填写有误',
    en: 'The application form has errors',
  },
  DOCUMENT_GLYPH_MISSING: {
    status: 422,
    zh: '文书字体缺少所需汉字，无法生成文书',
    en: 'The document font cannot draw some characters of this document',
  },
  SEAL_NOT_USABLE: {
    status: 409,
    zh: '电子印章已注销或不在有效期内，不能用于签章',
    en: 'The e-seal is revoked or outside its validity and cannot sign',
  },
  SEAL_NONE_ACTIVE: {
    status: 409,
    zh: '签发机关没有可用的电子印章，请先制作电子印章',
    en: 'The issuing agency has no usable e-seal; make one first',
  },
  SEAL_PICTURE_INVALID: {
    status: 422,
    zh: '印章图片须为 PNG 格式，不超过 512 KB',
    en: 'The seal picture must be a PNG of at most 512 KB',
  },
  LICENSE_TYPE_UNKNOWN: {
    status: 422,
    zh: '证照类型不存在或已停用',
    en: 'Unknown or retired license type',
  },
  LICENSE_NOT_VALID: {
    status: 409,
    zh: '证照已过期、注销或换发，不能进行此操作',
    en: 'The license is expired, revoked or replaced; this is not possible',
  },
  LICENSE_PURPOSE_REQUIRED: {
    status: 400,
    zh: '查验证照须说明用途',
    en: 'State the purpose of the look-up',
  },
  LICENSE_AUTHORIZATION_INVALID: {
    status: 422,
    zh: '授权期限或被授权方不正确',
    en: 'The authorization’s period or grantee is not acceptable',
  },
  LICENSE_AUTHORIZATION_NOT_ACTIVE: {
    status: 403,
    zh: '授权已撤销或不在有效期内',
    en: 'The authorization is revoked or outside its period',
  },
  LICENSE_TOKEN_INVALID: {
    status: 400,
    zh: '亮证码格式不正确',
    en: 'The show-license code is malformed',
  },
  LICENSE_MATERIAL_EXEMPT: {
    status: 422,
    zh: '该材料已由电子证照或共享数据免于提交，不得要求申请人补交',
    en: 'This material is exempt (e-license or shared data); it cannot be demanded',
  },
  SEAL_VALIDITY_INVALID: {
    status: 422,
    zh: '印章有效期须晚于当前时间，且不超过 5 年',
    en: 'A seal’s validity must end in the future and last at most 5 years',
  },
  BUNDLE_RULES_FAILED: {
    status: 422,
    zh: '一件事未通过发布校验（成员事项、办理顺序或表单合并冲突），请按问题清单修改',
    en: 'The bundle fails the publication rules (members, order or form conflicts); see the list',
  },
  BUNDLE_VERSION_IN_PROGRESS: {
    status: 409,
    zh: '该一件事已有一个在编版本',
    en: 'This bundle already has a version in progress',
  },
  BUNDLE_NOT_IN_FORCE: {
    status: 422,
    zh: '该一件事今日没有生效的版本，或其成员事项未全部生效',
    en: 'No version of this bundle, or not all of its members, are in force today',
  },
  // — ratings (#8): the ratings helper appends here —
  RATING_TOKEN_INVALID: {
    status: 400,
    zh: '评价链接无效',
    en: 'The rating link is not valid',
  },
  RATING_TOKEN_EXPIRED: {
    status: 410,
    zh: '评价链接已过期',
    en: 'The rating link has expired',
  },
  RATING_TOKEN_USED: {
    status: 409,
    zh: '该评价链接已使用过，每条链接只能评价一次',
    en: 'This rating link has already been used',
  },
  RATING_STAFF_FORBIDDEN: {
    status: 403,
    zh: '工作人员不得代替申请人评价',
    en: 'Staff may never rate on behalf of an applicant',
  },
  RATING_ALREADY_GIVEN: {
    status: 409,
    zh: '该办件已通过此渠道评价过',
    en: 'This case has already been rated through this channel',
  },
  RATING_NOT_OPEN: {
    status: 422,
    zh: '办件办结后方可评价',
    en: 'A case can be rated once it is concluded',
  },
  RATING_FOLLOW_UP_CLOSED: {
    status: 422,
    zh: '已超过追评期限，或已追评过',
    en: 'The follow-up period is over, or a follow-up was already given',
  },
  RATING_WINDOW_REQUIRED: {
    status: 422,
    zh: '仅在窗口岗位的工作人员可发起“一次一评”',
    en: 'Only staff posted at a window can show a rating code',
  },
  // — rectification of negative ratings (#8): the rectification helper appends here —
  RECTIFICATION_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '当前整改环节不允许此操作',
    en: 'This action is not allowed at the current step',
  },
  RECTIFICATION_CHANGED: {
    status: 409,
    zh: '该差评整改已被他人处理，请刷新后重试',
    en: 'Someone else acted on this rectification first; reload and try again',
  },
  // — complaints (#8): the complaints helper appends here —
  COMPLAINT_ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '当前诉求状态不允许此操作',
    en: 'This action is not allowed in the complaint’s current state',
  },
  COMPLAINT_RETURN_NOT_ALLOWED: {
    status: 422,
    zh: '已超过退回时限、已达退回次数上限或已由政务服务办指定承办，不能退回',
    en: 'The order can no longer be returned (too late, too many returns, or designated)',
  },
  COMPLAINT_CHANGED: {
    status: 409,
    zh: '诉求已被他人处理，请刷新后重试',
    en: 'Someone else acted on the complaint first; reload and try again',
  },
  COMPLAINT_FILING_STAFF: {
    status: 403,
    zh: '工作人员请通过“诉求受理”后台登记诉求',
    en: 'Staff enter complaints through the admin entry',
  },
  // — statistics (#8): the statistics helper appends here —
  STATS_RANGE_INVALID: {
    status: 400,
    zh: '统计期间无效（起止月份格式为 YYYY-MM，且不超过 36 个月）',
    en: 'Invalid period (months as YYYY-MM, at most 36 months)',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;
