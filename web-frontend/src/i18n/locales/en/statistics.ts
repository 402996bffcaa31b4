import type zhCN from '../zh-CN/statistics';

/**
 * Statistics: 12313 and licensing statistics.
 * Typed against zh-CN, so a missing or extra key fails the type check.
 */
const en: typeof zhCN = {
  statistics: {
    title: 'Statistics',
    from: 'From',
    to: 'To',
    total: 'Cases',
    overdueRate: 'Overdue rate',
    satisfactionRate: 'Satisfaction',
    medianHours: 'Median time to answer',
    hours: '{n} hours',
    byCategory: 'By category',
    byDistrict: 'By district',
    byWeek: 'By week',
    byKind: 'By kind',
    cases: 'Cases',
    empty: 'No cases in the chosen period.',
    emptyHint: 'Change the dates and search again.',
    hotspotTrend: 'Hotspots over time (the districts and categories with most cases, by week)',
    hotspotMatrix: 'District × category',
    districtRates: 'Overdue and satisfaction rates by district',
    district: 'District',
    tabs: 'Statistics of',
    tabComplaints: '12313 reports and complaints',
    tabLicensing: 'Licensing',
  },
  licensingStatistics: {
    title: 'Licensing statistics',
    received: 'Received',
    approved: 'Approved',
    refused: 'Refused',
    active: 'Active licenses',
    activeECigarette: '{n} of them with e-cigarettes',
    activeECigaretteColumn: 'Of them with e-cigarettes',
    receivedECigarette: 'E-cigarette applications received',
    item: 'Licensed item',
    byType: 'By application type',
    byItem: 'By licensed item',
    itemTable: 'Licensed items in figures',
    byDistrict: 'By district',
    empty: 'No application was received or decided in this period, and there is no active license in your area.',
    howCounted: 'An application is received on the day of its first submission (a resubmission after a correction does not count again) and decided on the day of its decision, both in Beijing time; one asking for both items counts once in each item. Active licenses are counted now, whatever the dates.',
  },
};

export default en;
