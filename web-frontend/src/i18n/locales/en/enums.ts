import type zhCN from '../zh-CN/enums';

/**
 * Enum labels: a label for every value of every enum the specs define (locales.test.ts checks them).
 * Typed against zh-CN, so a missing or extra key fails the type check.
 */
const en: typeof zhCN = {
  enums: {
    open311Status: {
      open: 'Open',
      closed: 'Closed',
    },
    decisionOutcome: {
      APPROVED: 'Approve',
      REFUSED: 'Refuse',
    },
    sensitivePlaceKind: {
      PRIMARY_SCHOOL: 'Primary school',
      MIDDLE_SCHOOL: 'Middle school',
      KINDERGARTEN: 'Kindergarten',
      SPECIAL_EDUCATION_SCHOOL: 'Special-education school',
      VOCATIONAL_SCHOOL: 'Vocational school',
    },
    barState: {
      ACTIVE: 'In force',
      LIFTED: 'Lifted early',
      EXPIRED: 'Ended',
    },
    calendarDayKind: {
      HOLIDAY: 'Day off',
      MAKEUP_WORKDAY: 'Make-up working day',
    },
    postVerificationStatus: {
      PENDING: 'Pending',
      FULFILLED: 'Fulfilled',
      BREACHED: 'Breached',
    },
    creditRepairStatus: {
      PENDING: 'Pending',
      GRANTED: 'Granted',
      REFUSED: 'Refused',
    },
    creditGrade: {
      A: 'Trustworthy',
      B: 'Mostly trustworthy',
      C: 'At risk',
      D: 'Seriously untrustworthy',
    },
    creditEventKind: {
      SUBSTANTIATED_REPORT: 'Substantiated report',
      PENALTY: 'Administrative penalty',
    },
    creditRecordKind: {
      BREACH: 'Breach of commitment',
      SUBSTANTIATED_REPORT: 'Substantiated report',
      PENALTY: 'Administrative penalty',
      TIMELY_RENEWAL: 'Timely renewal',
    },
    commitmentStatus: {
      SIGNED: 'Signed',
      WITHDRAWN: 'Withdrawn',
      FULFILLED: 'Verified true',
      BREACHED: 'Found false',
    },
    changeSubject: { PREMISES: 'Premises', OPERATOR: 'Operator', BUSINESS_NAME: 'Business name', SCOPE: 'Business scope' },
    risk: { OVERDUE: 'Overdue', DUE_TODAY: 'Due today', DUE_SOON: 'Due soon', LATER: 'On track', PAUSED: 'Paused (correction)', NONE: '—' },
    registryStatus: { PENDING: 'Being verified', VERIFIED: 'Verified', MISMATCH: 'Mismatch', NOT_FOUND: 'Not found' },
    scopeItem: { CIGARETTE: 'Cigarettes and cigars', E_CIGARETTE: 'E-cigarettes' },
    premisesKind: {
      SHOP: 'Shop', SUPERMARKET: 'Supermarket', SELF_SERVICE: 'Self-service point', MARKET_STALL: 'Market stall',
      ENTERTAINMENT_VENUE: 'Entertainment venue', OTHER: 'Other',
    },
    inspectionVisitKind: { KEY: 'Key supervision', ROUTINE: 'Routine visit', RANDOM: 'Random check', UNPLANNED: 'Unplanned visit', REINSPECTION: 'Re-inspection', WARNING: 'Warning check' },
    inspectionGrade: { A: 'Grade A', B: 'Grade B', C: 'Grade C', D: 'Grade D' },
    inspectionReason: {
      KEY_REPORT: 'Substantiated report in the last year', KEY_BREACH: 'Breach in the last year', KEY_POST_VERIFICATION: 'Post-verification due',
      ROUTINE: 'Routine visit by credit grade', RANDOM: 'Drawn at random',
      UNPLANNED: 'Found in the field', REINSPECTION: 'Rectification due', WARNING: 'Off-site warning',
    },
    inspectionVisitState: { PLANNED: 'Planned', DONE: 'Done', CANCELLED: 'Cancelled' },
    scanVerdict: {
      VALID: 'Valid', SUSPENDED: 'Suspended', CLOSED: 'Closed', REVOKED: 'Revoked', EXPIRED: 'Expired', UNKNOWN: 'No such license', FORGED: 'Suspected forgery',
    },
    visitResult: { PASSED: 'Passed', VIOLATION: 'Violation', NOT_LICENSED: 'Selling without a license', SHOP_CLOSED: 'Shop closed' },
    checkAnswer: { PASS: 'Complies', FAIL: 'Does not comply', NA: 'Not applicable' },
    penaltyState: { PENDING: 'Awaiting confirmation', CONFIRMED: 'Penalty confirmed', DISMISSED: 'No penalty' },
    rectificationState: { OPEN: 'Rectifying', OVERDUE: 'Overdue', RECTIFIED: 'Rectified' },
    visitPhotoKind: { PHOTO: 'Photo', SIGNATURE: 'Operator\'s signature' },
    warningKind: {
      REPEATED_REPORTS: 'Several substantiated reports in 90 days', REPORTED_WHILE_INVALID: 'Reported selling on an invalid license', OVERDUE_RECTIFICATION: 'Rectification overdue',
      OUTSIDE_LAYOUT_PLAN: 'No longer within the layout plan after a rule change',
    },
    warningState: { OPEN: 'Open', CLOSED: 'Closed', VISIT_PLANNED: 'Visit planned' },
    refusalCheck: {
      SCHOOL_DISTANCE: 'Distance to schools and kindergartens', OUTLET_SPACING: 'Spacing to the nearest outlet', BARRED_APPLICANT: 'Applicant not barred',
      INCOMPLETE_MATERIALS: 'Materials complete', BUSINESS_REGISTRY: 'Business registry', CREDIT_CODE: 'Unified Social Credit Code check',
      ECIG_QUOTA: 'E-cigarette outlets (quota)', ECIG_SCHOOL_DISTANCE: 'E-cigarette outlet distance to schools and kindergartens', ECIG_PREMISES_KIND: 'E-cigarette premises kind',
    },
    noticeKind: { ACCEPTANCE: 'Acceptance', CORRECTION: 'Correction notice', EXTENSION: 'Extension', DECISION: 'Decision', LICENSE_EXPIRED: 'License expired', REVOCATION: 'Revocation', SUSPENSION_ENDED: 'Suspension ended', INSTANT_DECISION_REVOKED: 'Instant approval revoked' },
    instantApprovalKind: { RENEWAL: 'Renewal', CHANGE_BUSINESS_NAME: 'Change of business name', CHANGE_SCOPE: 'Change of scope' },
    deliveryStatus: { PENDING: 'SMS pending', SENT: 'SMS sent', FAILED: 'SMS failed', NO_NUMBER: 'No mobile number' },
    licenseCheckResult: { LICENSED: 'Holds an active license', NOT_ACTIVE: 'License not active', NO_LICENSE_FOUND: 'No license found: possibly unlicensed' },
    licenseMatchedBy: { NAME: 'Matched by name', ADDRESS: 'Matched by address', LICENSE_NO: 'Matched by license number' },
    licenseStatus: { ACTIVE: 'Active', SUSPENDED: 'Suspended', CLOSED: 'Closed', REVOKED: 'Revoked', EXPIRED: 'Expired' },
    applicationType: {
      NEW: 'New', RENEWAL: 'Renewal', CHANGE: 'Change', SUSPENSION: 'Suspension', RESUMPTION: 'Resumption', CLOSURE: 'Closure',
    },
    applicationState: {
      DRAFT: 'Draft', SUBMITTED: 'Submitted', CORRECTION_REQUESTED: 'Correction requested', ACCEPTED: 'Accepted',
      UNDER_REVIEW: 'Under review', SITE_CHECK: 'Site check', APPROVED: 'Approved', REFUSED: 'Refused', WITHDRAWN: 'Withdrawn',
    },
    uploadState: { OPEN: 'Uploading', COMPLETED: 'Complete', REFUSED: 'Failed the checks', ABORTED: 'Cancelled', EXPIRED: 'Expired' },
    documentType: {
      BUSINESS_LICENSE: 'Business license', ID_CARD: 'ID card', PREMISES_PHOTO: 'Premises photo',
      PREMISES_PROOF: 'Proof of premises use', SITE_PHOTO: 'Site check photo', OTHER: 'Other',
    },
    divisionLevel: { PROVINCE: 'Province', CITY: 'City', COUNTY: 'District or county' },
    caseKind: { REPORT: 'Report', COMPLAINT: 'Complaint', CONSULTATION: 'Consultation', SUGGESTION: 'Suggestion' },
    caseState: {
      RECEIVED: 'Received', ACCEPTED: 'Accepted', NOT_ACCEPTED: 'Not accepted', DISPATCHED: 'Dispatched',
      IN_PROGRESS: 'In progress', ANSWERED: 'Answered', EVALUATED_SATISFIED: 'Rated satisfied',
      EVALUATED_UNSATISFIED: 'Rated unsatisfied', REOPENED: 'Reopened', ESCALATED: 'Escalated', CLOSED: 'Closed',
    },
    channel: { WEB: 'Online', PHONE: 'Phone', HOTLINE_12345: 'From 12345', INSPECTION: 'Found by an inspection' },
    caseAction: {
      ACCEPT: 'Accept', NOT_ACCEPT: 'Do not accept', DISPATCH: 'Dispatch', START: 'Start', ANSWER: 'Answer',
      ESCALATE: 'Escalate', REWARD: 'Reward',
    },
    outcome: { SUBSTANTIATED: 'Substantiated', UNSUBSTANTIATED: 'Unsubstantiated', REFERRED: 'Referred', DUPLICATE: 'Duplicate' },
    role: {
      SERVICE: 'Service',
      RETAILER: 'Retailer', CITIZEN: 'Citizen', HOTLINE_AGENT: 'Hotline agent', CLERK: 'Clerk', INSPECTOR: 'Inspector',
      APPROVER: 'Approver', HANDLER: 'Handler', SUPERVISOR: 'Supervisor', ADMIN: 'Administrator',
    },
  },
};

export default en;
