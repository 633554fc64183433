// One definition of the Latin forms of a Chinese name: its pinyin for display (ü kept), its search keys (ü folded
// to v, with a u variant accepted too), its initials, and the folding of an English name into a key. The translator
// and the search keys both use these, so a name is spelled the same way wherever it is made.
import { pinyin } from 'pinyin-pro';

/**
 * The toneless syllables of standard Mandarin, ü written v (as in keys). Taken from the readings CC-CEDICT uses,
 * less interjections (hm, hng, m, r) and rare dialect readings, so an English word made of these is pinyin.
 */
const SYLLABLE_LIST =
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
  'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
  'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ' +
  'ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan ' +
  'guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
  'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan ' +
  'kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun ' +
  'luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei ' +
  'nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen ' +
  'peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
  'rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
  'shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan ' +
  'tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia ' +
  'xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue ' +
  'yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
  'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo';

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(SYLLABLE_LIST.split(' '));
const LONGEST_SYLLABLE = 6;

/**
 * A Latin word as pinyin syllables, longest syllable first with backtracking ("xian" stays one syllable, "xinan"
 * becomes xin·an), or null when the word is not pinyin. Case-insensitive; ü and u: count as v.
 */
export function splitPinyin(word: string): string[] | null {
  const w = word.toLowerCase().replace(/ü|u:/g, 'v');
  if (!/^[a-z]+$/.test(w)) return null;
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === w.length) return [];
    const hit = memo.get(i);
    if (hit !== undefined) return hit;
    let out: string[] | null = null;
    for (let len = Math.min(LONGEST_SYLLABLE, w.length - i); len >= 1 && !out; len--) {
      const syl = w.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syl)) continue;
      const rest = from(i + len);
      if (rest) out = [syl, ...rest];
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}
