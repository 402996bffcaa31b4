/**
 * A small static list of administrative division codes (GB/T 2260) for the map-free
 * address picker: Zhejiang, all of Hangzhou's districts and counties, and the main
 * districts of the other cities. Reference data from the platform replaces it when an
 * endpoint for divisions exists.
 */
export interface Division {
  code: string;
  zh: string;
  en: string;
  children?: Division[];
}

const d = (code: string, zh: string, en: string, children?: Division[]): Division =>
  children ? { code, zh, en, children } : { code, zh, en };

export const ZHEJIANG: Division = d('330000', '浙江省', 'Zhejiang', [
  d('330100', '杭州市', 'Hangzhou', [
    d('330102', '上城区', 'Shangcheng'),
    d('330105', '拱墅区', 'Gongshu'),
    d('330106', '西湖区', 'Xihu'),
    d('330108', '滨江区', 'Binjiang'),
    d('330109', '萧山区', 'Xiaoshan'),
    d('330110', '余杭区', 'Yuhang'),
    d('330111', '富阳区', 'Fuyang'),
    d('330112', '临安区', "Lin'an"),
    d('330113', '临平区', 'Linping'),
    d('330114', '钱塘区', 'Qiantang'),
    d('330122', '桐庐县', 'Tonglu'),
    d('330127', '淳安县', "Chun'an"),
    d('330182', '建德市', 'Jiande'),
  ]),
  d('330200', '宁波市', 'Ningbo', [
    d('330203', '海曙区', 'Haishu'),
    d('330205', '江北区', 'Jiangbei'),
    d('330206', '北仑区', 'Beilun'),
    d('330211', '镇海区', 'Zhenhai'),
    d('330212', '鄞州区', 'Yinzhou'),
  ]),
  d('330300', '温州市', 'Wenzhou', [
    d('330302', '鹿城区', 'Lucheng'),
    d('330303', '龙湾区', 'Longwan'),
    d('330304', '瓯海区', 'Ouhai'),
  ]),
  d('330400', '嘉兴市', 'Jiaxing', [d('330402', '南湖区', 'Nanhu'), d('330411', '秀洲区', 'Xiuzhou')]),
  d('330500', '湖州市', 'Huzhou', [d('330502', '吴兴区', 'Wuxing'), d('330503', '南浔区', 'Nanxun')]),
  d('330600', '绍兴市', 'Shaoxing', [
    d('330602', '越城区', 'Yuecheng'),
    d('330603', '柯桥区', 'Keqiao'),
    d('330604', '上虞区', 'Shangyu'),
  ]),
  d('330700', '金华市', 'Jinhua', [d('330702', '婺城区', 'Wucheng'), d('330703', '金东区', 'Jindong')]),
  d('330800', '衢州市', 'Quzhou', [d('330802', '柯城区', 'Kecheng'), d('330803', '衢江区', 'Qujiang')]),
  d('330900', '舟山市', 'Zhoushan', [d('330902', '定海区', 'Dinghai'), d('330903', '普陀区', 'Putuo')]),
  d('331000', '台州市', 'Taizhou', [
    d('331002', '椒江区', 'Jiaojiang'),
    d('331003', '黄岩区', 'Huangyan'),
    d('331004', '路桥区', 'Luqiao'),
  ]),
  d('331100', '丽水市', 'Lishui', [d('331102', '莲都区', 'Liandu')]),
]);

/** The chain province → city → district for a code in the list, or `[]`. */
export function divisionPath(code: string, root: Division = ZHEJIANG): Division[] {
  if (root.code === code) return [root];
  for (const child of root.children ?? []) {
    const path = divisionPath(code, child);
    if (path.length) return [root, ...path];
  }
  return [];
}

/** "杭州市 西湖区" (or "Xihu, Hangzhou"); the code itself when it is not in the list. */
export function divisionLabel(code: string | undefined | null, locale: string): string {
  if (!code) return '';
  const path = divisionPath(code).slice(1);
  if (!path.length) return code;
  return locale === 'en'
    ? path.map((p) => p.en).reverse().join(', ')
    : path.map((p) => p.zh).join(' ');
}

export interface CascaderOption {
  text: string;
  value: string;
  children?: CascaderOption[];
}

/** Cities and their districts, for Vant's Cascader. */
export function divisionOptions(locale: string): CascaderOption[] {
  const toOption = (division: Division): CascaderOption => {
    const option: CascaderOption = { text: locale === 'en' ? division.en : division.zh, value: division.code };
    if (division.children) option.children = division.children.map(toOption);
    return option;
  };
  return (ZHEJIANG.children ?? []).map(toOption);
}
