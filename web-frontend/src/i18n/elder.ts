import type { MessageSchema } from './locales/zh-CN';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/**
 * Plainer wording for elder-friendly mode (适老化): shorter sentences, everyday words, the
 * next step said outright. Only the main journeys (home, report, tracking, the portal's
 * start page, an instant approval's card) are reworded; every key here exists in the full
 * locale files (a test checks).
 */
export const elderMessages: Record<'zh-CN' | 'en', DeepPartial<MessageSchema>> = {
  'zh-CN': {
    home: {
      welcome: '您好！请选择要办的事。',
      report: '我要举报',
      reportDesc: '发现卖假烟、向未成年人卖烟等，可以在这里反映，可以不留名字',
      track: '查看举报结果',
      trackDesc: '输入举报后拿到的查询码',
      verify: '查许可证真假',
      verifyDesc: '输入许可证号，看这张证是不是真的、还能不能用',
      portal: '店主办证',
      portalDesc: '申请、变更、延续烟草零售许可证',
    },
    report: {
      title: '我要举报',
      intro: '可以不留名字。您的信息我们会保密。',
      category: '反映什么问题',
      categoryPlaceholder: '请点这里选择',
      division: '在哪个区县',
      address: '具体在哪里',
      addressPlaceholder: '例如：文三路 100 号 小卖部',
      retailerName: '店名',
      retailerNamePlaceholder: '知道的话请填写',
      description: '发生了什么',
      descriptionPlaceholder: '什么时间、在哪里、看到了什么',
      anonymous: '不留名字',
      photo: '照片（可以不传）',
      filed: '提交成功，我们已经收到',
      trackingCode: '查询码（请记下来）',
      trackingCodeWarning: '这个查询码只显示一次。请抄下来或截图保存，以后用它查看办理结果。',
      trackNow: '现在查看进度',
    },
    track: {
      title: '查看举报结果',
      codePlaceholder: '请输入查询码',
      state: '现在办到哪一步',
      answer: '处理结果',
      evaluate: '您满意吗',
    },
    portal: {
      title: '我的办证',
      newApplication: '申请办证',
      noApplications: '您还没有申请过。请点下面的按钮开始。',
      actionNeeded: '需要您补材料',
    },
    instant: {
      approved: '已经办好了',
      approvedLead: '您的申请当场就办好了，不用再等。许可证已经更新。',
      found: '系统查过的事项',
      mayReview: '{date} 之前，烟草专卖局还可能再看一下。如果有问题，会通知您。',
      revoked: '改由工作人员办理',
      revokedLead: '{date} 起，这份申请改由工作人员来办。许可证先恢复成原来的样子。',
    },
  },
  en: {
    home: {
      welcome: 'Hello! What would you like to do?',
      report: 'Report a problem',
      reportDesc: 'Fake cigarettes, sales to children and the like. You do not have to give your name',
      track: 'See what happened to my report',
      trackDesc: 'Type in the code you got when you reported',
      verify: 'Check a license',
      verifyDesc: 'Type in the license number to see if it is real and still valid',
      portal: 'Shop owners: licenses',
      portalDesc: 'Apply for, change or renew a tobacco retail license',
    },
    report: {
      title: 'Report a problem',
      intro: 'You do not have to give your name. We keep your details private.',
      category: 'What is the problem',
      categoryPlaceholder: 'Tap here to choose',
      division: 'Which district',
      address: 'Where exactly',
      addressPlaceholder: 'e.g. 100 Wensan Road, corner shop',
      retailerName: 'Shop name',
      retailerNamePlaceholder: 'If you know it',
      description: 'What happened',
      descriptionPlaceholder: 'When, where, what you saw',
      anonymous: 'Do not give my name',
      photo: 'Photo (you may skip this)',
      filed: 'Sent. We have your report',
      trackingCode: 'Tracking code (write it down)',
      trackingCodeWarning: 'This code is shown only once. Write it down or take a screenshot; you need it to see the result.',
      trackNow: 'See the progress now',
    },
    track: {
      title: 'See what happened to my report',
      codePlaceholder: 'Type in the tracking code',
      state: 'Where it is now',
      answer: 'Result',
      evaluate: 'Are you satisfied?',
    },
    portal: {
      title: 'My licenses',
      newApplication: 'Apply for a license',
      noApplications: 'You have not applied yet. Tap the button below to start.',
      actionNeeded: 'Please add documents',
    },
    instant: {
      approved: 'Done: approved at once',
      approvedLead: 'Your application was approved at once. You do not need to wait. Your license is updated.',
      found: 'What the system checked',
      mayReview: 'Until {date} the bureau may look at it again. If something is wrong, we will tell you.',
      revoked: 'A person will handle it now',
      revokedLead: 'Since {date} a person handles this application. Your license is back to what it was.',
    },
  },
};
