import type { Prng } from './prng';

const WORDS = [
  '天山', '昆仑', '雪莲', '博格达', '丝路', '金桥', '瑞达', '华源', '恒通', '宏远', '鑫盛', '天润', '亚欧', '西域',
  '红山', '北园', '明珠', '嘉禾', '信达', '康泰', '安和', '德隆', '润华', '绿源', '新域', '银河', '天成', '卓越',
  '汇丰源', '金穗', '锦程', '同创', '佳和', '众联', '远景', '启航', '胜利', '长风', '广汇通', '泰和', '盛世', '东方',
];

/**
 * A generator of distinct, realistic company names: `<prefix><word><trade>有限公司`, never
 * the same name twice.
 *
 * @example
 * const name = companyNames(prng(1), ['新疆', '乌鲁木齐']);
 * name('医疗器械'); // e.g. '新疆天山医疗器械有限公司'
 */
export function companyNames(r: Prng, prefixes: readonly string[]): (trade: string) => string {
  const used = new Set<string>();
  return (trade) => {
    for (let i = 0; i < 1000; i++) {
      const n = `${r.pick(prefixes)}${r.pick(WORDS)}${trade}有限公司`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
    throw new RangeError(`no free name for ${trade}`);
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '胡', '郭', '何'];
const GIVEN = ['伟', '芳', '军', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '婷', '鹏'];

/**
 * A generator of distinct two- or three-character personal names.
 *
 * @example
 * personNames(prng(1))(); // e.g. '王磊'
 */
export function personNames(r: Prng): () => string {
  const used = new Set<string>();
  return () => {
    for (let i = 0; i < 1000; i++) {
      const n = r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.5) ? r.pick(GIVEN) : '');
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
    throw new RangeError('no free personal name');
  };
}
