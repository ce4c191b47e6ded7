// Workbench and admin section texts in Simplified Chinese (terms from DOMAIN.md's glossary).
import type { AreaTexts } from './areas.ts';

export const areasZhCN: AreaTexts = {
  workbench: {
    queue: {
      title: '待办件',
      description: '按剩余法定工作日排序的待办件，临近超期自动提醒。',
      features: [
        '待受理、待审查、待决定、待送达分类列表',
        '超期预警与暂停计时标识',
        '按窗口、机构和事项筛选',
      ],
    },
    accept: {
      title: '受理',
      description: '核对申请材料，作出受理、不予受理或补正决定；补正材料一次性告知。',
      features: ['补正材料一次性告知', '容缺受理及补交期限', '受理通知书与不予受理通知书'],
    },
    review: {
      title: '审查与决定',
      description: '逐环节审查并填写意见；特别程序暂停计时，延期须经负责人批准。',
      features: ['通过或退回，全程留痕', '特别程序告知书', '准予或不予许可决定书'],
    },
    deliver: {
      title: '办结与送达',
      description: '窗口领取、邮寄或电子送达，办结结果同步生成电子证照。',
      features: ['送达回执', '电子证照签发与电子印章', '办结办件电子归档'],
    },
    ratings: {
      title: '好差评整改',
      description: '差评限期整改与回访，办不成事反映闭环处理。',
      features: ['整改台账与期限', '实名差评回访记录', '申诉复核'],
    },
  },
  admin: {
    catalog: {
      title: '事项目录',
      description: '基本目录与实施清单：情形、材料、表单、流程、时限与收费，按版本发布。',
      features: ['草稿、审核、发布的版本管理', '四级四同一致性校验', '情形与申请材料配置'],
    },
    organisation: {
      title: '区划与机构',
      description: '行政区划、部门机构及其统一社会信用代码。',
      features: ['行政区划（GB/T 2260）与乡镇街道', '机构层级与所属区划', '统一社会信用代码校验'],
    },
    venues: {
      title: '服务网点与窗口',
      description: '政务服务中心、便民服务中心、便民服务站及其窗口设置。',
      features: ['综合窗口与专业窗口', '首席代表进驻', '办公时间与咨询电话'],
    },
    accounts: {
      title: '账号与角色',
      description: '工作人员账号、角色及其机构和区划范围。',
      features: ['按机构和区划授权', '动态口令登录', '统一身份认证对接'],
    },
    calendar: {
      title: '节假日日历',
      description: '依据国务院办公厅放假通知维护工作日历，所有时限按此计算。',
      features: ['年度放假安排导入', '调休上班日', '管理员人工修订'],
    },
    audit: {
      title: '审计日志',
      description: '所有写操作和个人数据查阅均留痕，可校验是否被篡改。',
      features: ['谁在何时因何查看了哪些数据', 'SM3 链式校验与签名锚点', '本人可查询谁查阅了自己的数据'],
    },
  },
};
