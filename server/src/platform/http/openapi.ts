// The OpenAPI 3.1 document's frame; routes add their paths with bilingual descriptions.
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: '通办 Tongban API',
      version: '0.1.0',
      description:
        '一体化政务服务平台接口。错误以 RFC 9457 problem+json 返回，含稳定的 code 与中英文标题。\n\n' +
        'Integrated government-service platform API. Errors are RFC 9457 problem+json with a stable `code` and titles in Chinese and English.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    tags: [
      { name: 'ops', description: '运维 · Operations: health, readiness, metrics' },
      {
        name: 'calendar',
        description: '工作日历 · Working-day calendar of the State Council holiday notices',
      },
      { name: 'masterdata', description: '基础数据 · Regions, agencies, venues and windows' },
      {
        name: 'identity',
        description: '统一身份认证 · Unified identity: sign-in, sessions, acting for an enterprise',
      },
      { name: 'settings', description: '分级配置 · Settings that cascade platform → region → agency' },
    ],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http' as const,
          scheme: 'bearer',
          description: '管理员令牌 · Administrator bearer token',
        },
      },
    },
  };
}
