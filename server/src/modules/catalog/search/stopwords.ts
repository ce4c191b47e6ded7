// Words a colloquial question is full of but that say nothing about WHICH service is meant.
// Dropping them keeps "开饭店要办什么证" from matching every guide that says "需要" or "办理".
// The list is deliberately small: a word that names a thing (证, 房, 车) is never a stopword —
// a false stopword makes an item unfindable, a missing one only adds a little noise.
const KINDS: Record<string, readonly string[]> = {
  // Particles and structural words: grammar, no content.
  particles: ['的', '地', '得', '了', '着', '过', '吗', '呢', '吧', '啊', '呀', '嘛', '哦', '么'],
  // Pronouns: who asks never decides what is asked for.
  pronouns: ['我', '我们', '你', '你们', '您', '他', '她', '它', '他们', '自己', '咱', '咱们'],
  // Wanting and needing: every question wants something.
  wishes: ['想', '想要', '要', '需要', '打算', '准备', '希望'],
  // Question words: the shape of a question, not its subject.
  questions: [
    '怎么',
    '怎么办',
    '怎么样',
    '咋办',
    '咋',
    '怎样',
    '如何',
    '什么',
    '哪些',
    '哪里',
    '哪儿',
    '哪个',
    '多少',
    '几',
    '为什么',
    '请问',
  ],
  // Doing and going: 办/办理/去 appear in every guide ("办理流程"), so they cannot discriminate.
  doing: ['办', '办理', '去', '到', '在', '做', '弄', '搞', '给'],
  // Counters and determiners.
  counters: ['个', '一个', '一下', '这个', '那个', '些', '一些', '这', '那'],
  // Modals and copulas.
  modals: ['可以', '能', '能够', '会', '应该', '得要', '是', '有', '没有', '还', '就', '都', '也', '又'],
  // Conjunctions and prepositions.
  conjunctions: ['和', '与', '及', '以及', '或', '或者', '跟', '把', '被', '对', '从', '向', '等', '等等'],
};

export const STOPWORDS: ReadonlySet<string> = new Set(Object.values(KINDS).flat());
