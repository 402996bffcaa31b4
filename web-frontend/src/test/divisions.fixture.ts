import type { ApiDivision } from '@/api/complaints';

/**
 * A few divisions in the shape of `GET /api/complaints/public/divisions`, for component tests
 * (the running platform serves the whole tree from complaints-hotline's V8/V13 migrations).
 */
export const DIVISIONS: ApiDivision[] = [
  { code: '330000', name: '浙江省', nameEn: 'Zhejiang', level: 'PROVINCE' },
  { code: '330100', name: '杭州市', nameEn: 'Hangzhou', parentCode: '330000', level: 'CITY' },
  { code: '330200', name: '宁波市', nameEn: 'Ningbo', parentCode: '330000', level: 'CITY' },
  { code: '330102', name: '上城区', nameEn: 'Shangcheng', parentCode: '330100', level: 'COUNTY' },
  { code: '330105', name: '拱墅区', nameEn: 'Gongshu', parentCode: '330100', level: 'COUNTY' },
  { code: '330106', name: '西湖区', nameEn: 'Xihu', parentCode: '330100', level: 'COUNTY' },
  { code: '330108', name: '滨江区', nameEn: 'Binjiang', parentCode: '330100', level: 'COUNTY' },
  { code: '330112', name: '临安区', nameEn: "Lin'an", parentCode: '330100', level: 'COUNTY' },
  { code: '330203', name: '海曙区', nameEn: 'Haishu', parentCode: '330200', level: 'COUNTY' },
  { code: '330212', name: '鄞州区', nameEn: 'Yinzhou', parentCode: '330200', level: 'COUNTY' },
];
