// Scrape noise must not become facts: boilerplate lines and blocks go, glued
// sentences are pulled apart. Article.text is the result, so every later
// offset refers to it; the same input always gives the same output.
import { readFileSync } from 'node:fs';
import { findDataFile } from './data-file.js';
import { removeAcronymTooltips, repairGlue } from './glue.js';

interface PatternSpec {
  why: string;
  pattern: string;
  flags?: string;
  maxLength?: number;
}

/** A line pattern applies only to lines up to `maxLength` characters. */
export interface LinePattern {
  re: RegExp;
  maxLength: number;
}

interface BoilerplateFile {
  maxLineLength: number;
  teaserMaxLength: number;
  teaserTailMaxLines: number;
  lines: PatternSpec[];
  headings: PatternSpec[];
  inlineTeasers: PatternSpec[];
}

export interface Boilerplate {
  maxLineLength: number;
  teaserMaxLength: number;
  teaserTailMaxLines: number;
  lines: LinePattern[];
  headings: LinePattern[];
  inlineTeasers: RegExp[];
}

function compile(specs: PatternSpec[], global = false): RegExp[] {
  return specs.map((s) => new RegExp(s.pattern, (s.flags ?? 'iu') + (global ? 'g' : '')));
}

function compileLines(specs: PatternSpec[], maxLineLength: number): LinePattern[] {
  return specs.map((s) => ({ re: new RegExp(s.pattern, s.flags ?? 'iu'), maxLength: s.maxLength ?? maxLineLength }));
}

export function loadBoilerplate(path = findDataFile('boilerplate.json')): Boilerplate {
  const file = JSON.parse(readFileSync(path, 'utf8')) as BoilerplateFile;
  return {
    maxLineLength: file.maxLineLength,
    teaserMaxLength: file.teaserMaxLength,
    teaserTailMaxLines: file.teaserTailMaxLines,
    lines: compileLines(file.lines, file.maxLineLength),
    headings: compileLines(file.headings, file.maxLineLength),
    inlineTeasers: compile(file.inlineTeasers, true),
  };
}

let defaultRules: Boilerplate | null = null;

// Invisible characters that split words for every later matcher; no-break spaces stay (the gold keeps them).
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;

function matchesAny(line: string, patterns: LinePattern[]): boolean {
  return patterns.some((p) => line.length <= p.maxLength && p.re.test(line));
}

/** A headline in a teaser list: short, and not a finished sentence. */
function isTeaser(line: string, rules: Boilerplate): boolean {
  return line.length <= rules.teaserMaxLength && !/[.!…»"”:;,]$/.test(line);
}

function dropBoilerplateLines(lines: string[], rules: Boilerplate): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.length > rules.maxLineLength) {
      kept.push(line);
      continue;
    }
    if (matchesAny(line, rules.headings)) {
      i = endOfTeaserList(lines, i + 1, rules) - 1;
      continue;
    }
    if (!matchesAny(line, rules.lines)) kept.push(line);
  }
  return kept;
}

/**
 * Index just past the teaser list that follows a heading. When only a few
 * short lines remain the whole tail is the list (end-of-page widgets, whose
 * items may end with a period); otherwise it is the run of headline-like
 * lines right after the heading.
 */
function endOfTeaserList(lines: string[], from: number, rules: Boilerplate): number {
  const tail = lines.slice(from, from + 2 * rules.teaserTailMaxLines + 1).filter((l) => l !== '');
  const nearEnd = lines.length - from <= 2 * rules.teaserTailMaxLines;
  if (nearEnd && tail.length <= rules.teaserTailMaxLines && tail.every((l) => l.length <= rules.teaserMaxLength)) {
    return lines.length;
  }
  let i = from;
  while (i < lines.length && (lines[i] === '' || isTeaser(lines[i], rules) || matchesAny(lines[i], rules.lines))) i++;
  // Give back the blank lines that separated the list from the next paragraph.
  while (i > from && lines[i - 1] === '') i--;
  return i;
}

const INLINE_TEASER_MAX = 300;
// Where a body sentence was glued onto the teaser's link text ("…de l'UkraineLe Kremlin").
const GLUE_POINT = /[\p{Ll}\p{N})»”](?=\p{Lu}\p{Ll})/u;

/**
 * "…ministre.Voir aussi : VIDÉO. Titre d'un autre articleLe Kremlin dément…":
 * the link text runs up to the glued sentence, or to the end of the line when
 * that is near. Otherwise we cannot tell where it ends and leave the line alone.
 */
function dropInlineTeasers(line: string, rules: Boilerplate): string {
  let out = line;
  for (const pattern of rules.inlineTeasers) {
    if (!pattern.test(out)) continue;
    pattern.lastIndex = 0;
    const parts: string[] = [];
    let last = 0;
    for (const m of out.matchAll(pattern)) {
      if (m.index < last) continue;
      const from = m.index + m[0].length;
      // A bounded window keeps many teasers on one huge line linear.
      const window = out.slice(from, from + INLINE_TEASER_MAX + 1);
      const glue = GLUE_POINT.exec(window);
      let end: number;
      if (glue) end = from + glue.index + 1;
      else if (from + window.length === out.length && window.length <= INLINE_TEASER_MAX) end = out.length;
      else continue;
      parts.push(out.slice(last, m.index));
      last = end;
    }
    parts.push(out.slice(last));
    out = parts.join('');
  }
  return out;
}

function repairLine(line: string, rules: Boilerplate): string {
  return repairGlue(removeAcronymTooltips(dropInlineTeasers(line, rules))).trim();
}

/**
 * Works line by line: everything it repairs lives within a line, and small
 * strings keep the memory of a 50 MB article to a few copies of it.
 */
export function clean(text: string, rules: Boilerplate = (defaultRules ??= loadBoilerplate())): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].replace(INVISIBLE, '').trim();
  const out: string[] = [];
  for (const line of dropBoilerplateLines(lines, rules)) {
    const repaired = line && repairLine(line, rules);
    // One blank line between paragraphs, none at the ends.
    if (repaired || (out.length > 0 && out[out.length - 1] !== '')) out.push(repaired);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
