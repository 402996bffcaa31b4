import type { ApiCategory } from '@/api/complaints';

/**
 * The category tree in the shape of `GET /api/complaints/categories`, for component tests (the
 * running platform serves complaints-hotline's, seeded by its V1 migration).
 */
const c = (code: string, nameZh: string, nameEn: string, parentCode?: string, urgent = false): ApiCategory =>
  parentCode ? { code, parentCode, nameZh, nameEn, urgent, active: true } : { code, nameZh, nameEn, urgent, active: true };

export const CATEGORIES: ApiCategory[] = [
  c('ILLEGAL_SALES', '违法经营', 'Illegal sales'),
  c('COUNTERFEIT', '假冒卷烟', 'Counterfeit cigarettes', 'ILLEGAL_SALES'),
  c('SMUGGLED', '走私卷烟', 'Smuggled cigarettes', 'ILLEGAL_SALES'),
  c('UNLICENSED', '无证经营', 'Selling without a license', 'ILLEGAL_SALES'),
  c('SALES_TO_MINORS', '向未成年人售烟', 'Sales to minors', 'ILLEGAL_SALES', true),
  c('E_CIGARETTE', '电子烟违规销售', 'E-cigarette violations'),
  c('E_CIGARETTE_TO_MINORS', '向未成年人销售电子烟', 'E-cigarettes sold to minors', 'E_CIGARETTE', true),
  c('BUREAU_SERVICE', '机关服务', 'Bureau service'),
  c('SERVICE_ATTITUDE', '服务态度', 'Service attitude', 'BUREAU_SERVICE'),
  c('LICENSING', '许可办理', 'Licensing', 'BUREAU_SERVICE'),
  c('POLICY', '政策法规', 'Policy and law'),
  c('OTHER', '其他', 'Other'),
];
