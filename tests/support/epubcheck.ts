/**
 * Debian's epubcheck (the reference EPUB validator) over many files. epubcheck's command checks one
 * publication per run, and each run is a JVM start that costs more than the check; so all the files
 * go through one Java process (EpubcheckBatch.java, run by Java's source launcher, which needs a
 * JDK's compiler). Where there is only a runtime, each file gets its own epubcheck run instead, two
 * at a time. Either way the verdicts are epubcheck's own JSON reports.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian installs the jar itself as /usr/bin/epubcheck (run through binfmt where that is set up). */
export const EPUBCHECK = process.env.EPUBCHECK_PATH ?? '/usr/bin/epubcheck';
const BATCH = fileURLToPath(new URL('./EpubcheckBatch.java', import.meta.url));
/** Debian's own stack setting for epubcheck, and the quick-start JIT (these runs are short). */
const JAVA_OPTIONS = ['-Xss1024k', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

export interface EpubcheckMessage {
  ID: string;
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'USAGE' | 'INFO' | 'SUPPRESSED';
  message: string;
  locations: { path: string; line: number; column: number }[];
}

export interface EpubcheckResult {
  file: string;
  messages: EpubcheckMessage[];
  /** FATAL and ERROR messages, one line each with where they are. */
  errors: string[];
  warnings: string[];
}

export interface EpubcheckRun {
  results: EpubcheckResult[];
  /** How the files were checked: all in one Java process, or one epubcheck run each. */
  mode: 'one process' | 'one run per file';
}

function describeMessage(m: EpubcheckMessage): string {
  const where = m.locations[0];
  return `${m.severity} ${m.ID} ${where ? `${where.path}:${where.line}:${where.column} ` : ''}${m.message}`;
}

function result(file: string, report: string): EpubcheckResult {
  const { messages } = JSON.parse(readFileSync(report, 'utf8')) as { messages: EpubcheckMessage[] };
  const of = (...severities: string[]) => messages.filter((m) => severities.includes(m.severity)).map(describeMessage);
  return { file, messages, errors: of('FATAL', 'ERROR'), warnings: of('WARNING') };
}

function isJar(path: string): boolean {
  return readFileSync(path).subarray(0, 2).toString('latin1') === 'PK';
}

/** Every file in one Java process; false when this Java cannot run the batch (a runtime without a compiler). */
async function checkInOneProcess(files: readonly string[], reports: readonly string[]): Promise<boolean> {
  if (!isJar(EPUBCHECK)) return false;
  const args = files.flatMap((file, i) => [file, reports[i]!]);
  try {
    await run('java', [...JAVA_OPTIONS, '-cp', EPUBCHECK, BATCH, ...args], { maxBuffer: 16 << 20 });
  } catch {
    return false;
  }
  return reports.every((report) => existsSync(report));
}

async function checkOne(file: string, report: string): Promise<void> {
  const args = ['--json', report, file];
  try {
    if (isJar(EPUBCHECK)) await run('java', [...JAVA_OPTIONS, '-jar', EPUBCHECK, ...args], { maxBuffer: 16 << 20 });
    else await run(EPUBCHECK, args, { maxBuffer: 16 << 20 });
  } catch (error) {
    // epubcheck exits 1 when it finds errors, and its report says which; no report means it did not run.
    if (!existsSync(report)) throw new Error(`epubcheck could not check ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Check every file; results in the order of `files`. */
export async function epubcheck(files: readonly string[]): Promise<EpubcheckRun> {
  const folder = mkdtempSync(join(tmpdir(), 'epubcheck-'));
  const reports = files.map((_, i) => join(folder, `${i}.json`));
  try {
    if (await checkInOneProcess(files, reports)) return { mode: 'one process', results: files.map((file, i) => result(file, reports[i]!)) };
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const i = next++;
        await checkOne(files[i]!, reports[i]!);
      }
    };
    // Two at a time: the machine's two cores.
    await Promise.all([worker(), worker()]);
    return { mode: 'one run per file', results: files.map((file, i) => result(file, reports[i]!)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
