/** 枚举: a label for every value of every enum the specs define (locales.test.ts checks them). */
export default {
  enums: {
    open311Status: {
      open: '办理中',
      closed: '已办结',
    },
    decisionOutcome: {
      APPROVED: '准予许可',
      REFUSED: '不予许可',
    },
    sensitivePlaceKind: {
      PRIMARY_SCHOOL: '小学',
      MIDDLE_SCHOOL: '中学',
      KINDERGARTEN: '幼儿园',
      SPECIAL_EDUCATION_SCHOOL: '特殊教育学校',
      VOCATIONAL_SCHOOL: '职业学校',
    },
    barState: {
      ACTIVE: '禁入中',
      LIFTED: '已提前解除',
      EXPIRED: '已期满',
    },
    calendarDayKind: {
      HOLIDAY: '休息日',
      MAKEUP_WORKDAY: '调休上班',
    },
    postVerificationStatus: {
      PENDING: '待核查',
      FULFILLED: '承诺属实',
      BREACHED: '承诺不实',
    },
    creditRepairStatus: {
      PENDING: '待处理',
      GRANTED: '准予修复',
      REFUSED: '不予修复',
    },
    creditGrade: {
      A: '守信',
      B: '基本守信',
      C: '失信风险',
      D: '严重失信',
    },
    creditEventKind: {
      SUBSTANTIATED_REPORT: '查实的举报',
      PENALTY: '行政处罚',
    },
    creditRecordKind: {
      BREACH: '违反承诺',
      SUBSTANTIATED_REPORT: '查实的举报',
      PENALTY: '行政处罚',
      TIMELY_RENEWAL: '按时延续',
    },
    commitmentStatus: {
      SIGNED: '已签署',
      WITHDRAWN: '已撤回',
      FULFILLED: '核查属实',
      BREACHED: '承诺不实',
    },
    changeSubject: { PREMISES: '经营场所', OPERATOR: '经营者', BUSINESS_NAME: '字号名称', SCOPE: '经营范围' },
    risk: { OVERDUE: '已超期', DUE_TODAY: '今日到期', DUE_SOON: '即将到期', LATER: '正常', PAUSED: '补正中（暂停计时）', NONE: '—' },
    registryStatus: { PENDING: '核验中', VERIFIED: '已核验', MISMATCH: '信息不符', NOT_FOUND: '未查到' },
    scopeItem: { CIGARETTE: '卷烟、雪茄烟', E_CIGARETTE: '电子烟' },
    premisesKind: {
      SHOP: '商店', SUPERMARKET: '超市', SELF_SERVICE: '自助售卖点', MARKET_STALL: '集贸市场摊位',
      ENTERTAINMENT_VENUE: '娱乐场所', OTHER: '其他',
    },
    inspectionVisitKind: { KEY: '重点监管', ROUTINE: '日常巡查', RANDOM: '双随机抽查', UNPLANNED: '临时检查', REINSPECTION: '整改复查', WARNING: '预警核查' },
    inspectionGrade: { A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' },
    inspectionReason: {
      KEY_REPORT: '近一年有查证属实的举报', KEY_BREACH: '近一年有失信记录', KEY_POST_VERIFICATION: '事后核查到期',
      ROUTINE: '按信用等级的日常巡查', RANDOM: '随机抽取',
      UNPLANNED: '现场发现，临时检查', REINSPECTION: '整改期满复查', WARNING: '非现场监管预警',
    },
    inspectionVisitState: { PLANNED: '待检查', DONE: '已检查', CANCELLED: '已取消' },
    scanVerdict: {
      VALID: '有效', SUSPENDED: '停业', CLOSED: '歇业', REVOKED: '已撤销', EXPIRED: '已过期', UNKNOWN: '查无此证', FORGED: '疑似伪造',
    },
    visitResult: { PASSED: '合格', VIOLATION: '违规', NOT_LICENSED: '无证经营', SHOP_CLOSED: '未营业' },
    checkAnswer: { PASS: '符合', FAIL: '不符合', NA: '不适用' },
    penaltyState: { PENDING: '待确认', CONFIRMED: '已确认处罚', DISMISSED: '不予处罚' },
    rectificationState: { OPEN: '整改中', OVERDUE: '逾期未整改', RECTIFIED: '已整改' },
    visitPhotoKind: { PHOTO: '现场照片', SIGNATURE: '经营者签名' },
    warningKind: {
      REPEATED_REPORTS: '90 日内多次被查实举报', REPORTED_WHILE_INVALID: '证照失效仍被举报经营', OVERDUE_RECTIFICATION: '整改逾期',
      OUTSIDE_LAYOUT_PLAN: '规则调整后不再符合布局规划',
    },
    warningState: { OPEN: '待处置', CLOSED: '已关闭', VISIT_PLANNED: '已转现场检查' },
    refusalCheck: {
      SCHOOL_DISTANCE: '与中小学、幼儿园距离', OUTLET_SPACING: '与最近零售点间距（合理布局）', BARRED_APPLICANT: '申请人禁入期',
      INCOMPLETE_MATERIALS: '申请材料齐全', BUSINESS_REGISTRY: '营业执照登记信息', CREDIT_CODE: '统一社会信用代码校验',
      ECIG_QUOTA: '电子烟零售点数量（总量控制）', ECIG_SCHOOL_DISTANCE: '电子烟零售点与学校、幼儿园距离', ECIG_PREMISES_KIND: '电子烟经营场所类型',
    },
    noticeKind: { ACCEPTANCE: '受理通知', CORRECTION: '补正告知', EXTENSION: '延期通知', DECISION: '决定通知', LICENSE_EXPIRED: '许可证到期', REVOCATION: '撤销决定通知', SUSPENSION_ENDED: '停业期满通知', INSTANT_DECISION_REVOKED: '撤销即时办结通知' },
    instantApprovalKind: { RENEWAL: '延续', CHANGE_BUSINESS_NAME: '变更字号名称', CHANGE_SCOPE: '变更经营范围' },
    deliveryStatus: { PENDING: '短信发送中', SENT: '短信已发送', FAILED: '短信发送失败', NO_NUMBER: '无手机号' },
    licenseCheckResult: { LICENSED: '持有有效许可证', NOT_ACTIVE: '许可证非有效状态', NO_LICENSE_FOUND: '未查到许可证，疑似无证经营' },
    licenseMatchedBy: { NAME: '按名称匹配', ADDRESS: '按地址匹配', LICENSE_NO: '按许可证号匹配' },
    licenseStatus: { ACTIVE: '有效', SUSPENDED: '停业', CLOSED: '歇业', REVOKED: '已撤销', EXPIRED: '已过期' },
    applicationType: {
      NEW: '新办', RENEWAL: '延续', CHANGE: '变更', SUSPENSION: '停业', RESUMPTION: '恢复营业', CLOSURE: '歇业',
    },
    applicationState: {
      DRAFT: '草稿', SUBMITTED: '已提交', CORRECTION_REQUESTED: '待补正', ACCEPTED: '已受理',
      UNDER_REVIEW: '审查中', SITE_CHECK: '实地核查', APPROVED: '准予许可', REFUSED: '不予许可', WITHDRAWN: '已撤回',
    },
    uploadState: { OPEN: '上传中', COMPLETED: '已完成', REFUSED: '未通过检查', ABORTED: '已取消', EXPIRED: '已过期' },
    documentType: {
      BUSINESS_LICENSE: '营业执照', ID_CARD: '身份证', PREMISES_PHOTO: '经营场所照片', PREMISES_PROOF: '场所使用证明',
      SITE_PHOTO: '现场核查照片', OTHER: '其他',
    },
    divisionLevel: { PROVINCE: '省', CITY: '市', COUNTY: '区县' },
    caseKind: { REPORT: '举报', COMPLAINT: '投诉', CONSULTATION: '咨询', SUGGESTION: '建议' },
    caseState: {
      RECEIVED: '已收件', ACCEPTED: '已受理', NOT_ACCEPTED: '不予受理', DISPATCHED: '已转办', IN_PROGRESS: '办理中',
      ANSWERED: '已答复', EVALUATED_SATISFIED: '评价满意', EVALUATED_UNSATISFIED: '评价不满意', REOPENED: '重新办理',
      ESCALATED: '已督办', CLOSED: '已办结',
    },
    channel: { WEB: '网上', PHONE: '电话', HOTLINE_12345: '12345 转办', INSPECTION: '市场检查发现' },
    caseAction: {
      ACCEPT: '受理', NOT_ACCEPT: '不予受理', DISPATCH: '转办', START: '开始办理', ANSWER: '答复', ESCALATE: '督办',
      REWARD: '奖励',
    },
    outcome: { SUBSTANTIATED: '属实', UNSUBSTANTIATED: '不属实', REFERRED: '移送', DUPLICATE: '重复' },
    role: {
      SERVICE: '系统服务',
      RETAILER: '零售户', CITIZEN: '公众', HOTLINE_AGENT: '热线坐席', CLERK: '审查员', INSPECTOR: '核查员',
      APPROVER: '审批人', HANDLER: '承办人', SUPERVISOR: '督办', ADMIN: '管理员',
    },
  },
};
