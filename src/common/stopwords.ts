// Function words that carry no topic, per language. English comes from wink-nlp's flag plus these
// news-speech words; the others are short lists of the most frequent function words.
import { fold } from './normalize.ts';

const LISTS: Record<string, string> = {
  en: "said says say told also would could will one two new last first year years mr mrs ms its it's that's there's i'm we're they're don't didn't can't won't s 's n't",
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war waren wird werden hat haben hatte mit von zu im in am an ' +
    'auf aus bei für nach über unter vor wie als auch noch nur so es er sie wir ihr ich du sich dass daß wenn dann schon sehr mehr man kann können sein ' +
    'seine ihre durch bis zum zur um',
  fr: "le la les un une des du de d l et ou mais ne pas est sont été être a ont avait avec pour par sur dans en au aux ce cette ces il elle ils elles nous " +
    "vous je qui que qu se sa son ses leur leurs plus comme tout aussi",
  es: 'el la los las un una unos unas de del y o pero no es son fue ser ha han había con para por en al lo que se su sus le les como más muy este esta estos también ya',
  it: "il lo la i gli le un una di del della e o ma non è sono era essere ha hanno con per su in al alla che si suo sua come più anche",
  pt: 'o a os as um uma de do da dos das e ou mas não é são foi ser tem com para por em no na que se seu sua como mais também',
  nl: 'de het een en of maar niet is zijn was wordt heeft hebben met van te in op aan voor door dat die dit als ook er nog',
  ru: 'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну ' +
    'вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем ' +
    'была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее ' +
    'сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту ' +
    'моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между',
  uk: 'і й та в у на з зі до не що як це він вона вони ми ви є був була було були від за по про для але або чи щоб так також вже ще його її їх',
  pl: 'i w we z ze na do nie że to jest są był była było od za po o dla ale lub czy się jak tak już jeszcze jego jej ich',
};

// held folded, as the text stage folds a word before it asks: "más", "não", "für", "że", "мой" written with their
// accents never matched ("mas", "nao", "fur", "ze", "мои" are what is asked)
const SETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).map(fold))]),
);

/** Is this folded word (common/normalize.ts fold) a stop word of the language? */
export function isStopWord(word: string, language: string): boolean {
  const set = SETS[language];
  return set ? set.has(word) : false;
}
