// 二手房转移登记及水电气联动过户 (国发〔2024〕3号, first batch of 高效办成一件事): once the transfer
// is entered in the register, the water, power and (if the home has piped gas) gas accounts pass
// to the buyer — the utilities read the new 不动产权证书 from the e-license base.
import { HEXI, HEXI_VENUE, member, type SeedBundle, yesNo } from './members.ts';

const AFTER_TRANSFER = { after: ['transfer'] };

export const HOME_TRANSFER: SeedBundle = {
  regionCode: HEXI,
  serial: 3,
  content: {
    name: '二手房转移登记及水电气联动过户',
    target: 'person',
    lifeEvent: 'housing',
    summary:
      '购买无抵押的二手住房，买卖双方网上申请不动产转移登记，到不动产登记窗口一次完成核验、缴税和登簿；登簿后供水、供电、燃气过户自动联动办理，户号不变，无需再分别到水、电、气营业厅。',
    leadAgencyId: 'tj-ghzyj',
    promisedLimit: { value: 4, unit: 'working-days' },
    questions: [yesNo('gas', '房屋是否已开通管道燃气', '已开通', '未开通')],
    members: [
      member('transfer', 'tj-ghzyj', '不动产转移登记', {
        answers: { cause: 'sale', mortgage: 'none' },
        note: '有抵押的（带押过户），请单独申请不动产转移登记',
      }),
      member('water', 'tj-water-group', '用水户名变更', AFTER_TRANSFER),
      member('power', 'sgcc-tj', '用电户名变更', AFTER_TRANSFER),
      member('gas', 'tj-energy-group', '燃气户名变更', {
        ...AFTER_TRANSFER,
        when: { gas: ['yes'] },
        note: '过户后燃气公司预约入户安全检查',
      }),
    ],
    visits: 1,
    venueIds: [HEXI_VENUE, 'zwfw-120000'],
    consultationPhone: '022-12345',
    keywords: ['二手房过户', '房产过户', '水电气过户', '联动过户', '买房', '不动产登记'],
  },
};
