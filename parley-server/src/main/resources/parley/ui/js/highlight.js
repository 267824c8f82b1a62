// Marks parts of a text: the trigger and the actors in an evidence sentence, the coded sentences in an article.
// Everything is built from text nodes and <mark> elements; nothing is parsed as HTML.
import { el } from './dom.js';

const WORD = /[\p{L}\p{N}]+/gu;

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Where a phrase first occurs in the text, case and accents aside: [start, end] or null. */
export function findPhrase(text, phrase) {
  if (!phrase) return null;
  const folded = fold(text);
  const wanted = fold(phrase);
  let first = null;
  for (let i = folded.indexOf(wanted); i >= 0; i = folded.indexOf(wanted, i + 1)) {
    const range = [i, i + phrase.length];
    if (first === null) first = range;
    // A whole-word occurrence wins: "Alger" is the city in "à Alger", not the start of "Algérie".
    if (!isWordChar(folded[i - 1]) && !isWordChar(folded[i + wanted.length])) return range;
  }
  return first;
}

function isWordChar(c) {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

/**
 * The words of the text that the trigger lemma names: the same word, or one that starts with the lemma's stem
 * (the lemma less a verb or plural ending, at least three letters long): "bombarder" marks "bombardé".
 */
export function findTrigger(text, lemma, taken) {
  if (!lemma) return [];
  const folded = fold(text);
  const out = [];
  for (const part of fold(lemma).split(/[\s_]+/).filter((w) => w.length > 0)) {
    const stem = part.length > 4 ? part.replace(/(er|ir|re|e|s)$/, '') : part;
    WORD.lastIndex = 0;
    let m;
    while ((m = WORD.exec(folded)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const word = m[0];
      const hit = word === part || (stem.length >= 3 && word.startsWith(stem));
      if (hit && !overlaps([start, end], [...taken, ...out.map((o) => o.range)])) {
        out.push({ range: [start, end], kind: 'trigger' });
        break;
      }
    }
  }
  return out;
}

function overlaps(range, ranges) {
  return ranges.some((r) => range[0] < r[1] && r[0] < range[1]);
}

/**
 * The text with its marked ranges: marks = [{range: [start, end], kind, label?, link?}]; overlapping marks after
 * the first are dropped. kind becomes the mark's class (hl-KIND).
 */
export function marked(text, marks, makeMark) {
  const kept = [];
  for (const m of [...marks].sort((a, b) => a.range[0] - b.range[0])) {
    if (m.range[0] >= 0 && m.range[1] <= text.length && !overlaps(m.range, kept.map((k) => k.range))) kept.push(m);
  }
  const nodes = [];
  let at = 0;
  for (const m of kept) {
    if (m.range[0] > at) nodes.push(text.slice(at, m.range[0]));
    const part = text.slice(m.range[0], m.range[1]);
    nodes.push(makeMark ? makeMark(m, part) : el('mark', { class: 'hl-' + m.kind, title: m.label || null }, part));
    at = m.range[1];
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** An evidence sentence with its source, target, place and trigger marked. */
export function sentenceMarks(mention, labels) {
  const s = mention.sentence || '';
  const marks = [];
  for (const [kind, phrase] of [['source', mention.source_text], ['target', mention.target_text],
    ['place', mention.place_text]]) {
    const range = findPhrase(s, phrase);
    if (range) marks.push({ range, kind, label: labels[kind] });
  }
  for (const trig of findTrigger(s, mention.trigger, marks.map((m) => m.range))) {
    marks.push({ ...trig, label: labels.trigger });
  }
  return marked(s, marks);
}
