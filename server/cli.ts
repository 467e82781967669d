#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { METRIC_NAMES } from './agreement/cli/metricInputs.ts';
import type { MetricName } from './agreement/cli/metricInputs.ts';
import { runItemAgreement } from './agreement/cli/runItemAgreement.ts';
import { runMetric } from './agreement/cli/runMetric.ts';
import type { CliFailure } from './exchange/cli/CliFailure.ts';
import { EXIT_CODES, isCliFailure } from './exchange/cli/CliFailure.ts';
import { runExport } from './exchange/cli/runExport.ts';
import { runImport } from './exchange/cli/runImport.ts';
import { runUpload } from './exchange/cli/runUpload.ts';
import type { ServerTarget } from './exchange/cli/ServerTarget.ts';

/** Exit code of a bug in this command rather than a refusal (sysexits' EX_SOFTWARE). */
const INTERNAL_ERROR = 70;

const EXIT_CODE_HELP = `
Exit codes:
  ${EXIT_CODES.done}  done
  ${EXIT_CODES.refused}  the server refused (problems in the file, no such item, no right to do it)
  ${EXIT_CODES.usage}  wrong options, or a local file that cannot be read or written
  ${EXIT_CODES.login}  logging in failed
  ${EXIT_CODES.server}  the server could not be reached or failed`;

function parseServerUrl(text: string): URL {
  const url = URL.parse(text);
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new InvalidArgumentError(
      'expected an http:// or https:// URL, like http://127.0.0.1:8080',
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function withTargetOptions(command: Command): Command {
  return command
    .requiredOption('--url <url>', 'the Concord server, like http://127.0.0.1:8080', parseServerUrl)
    .requiredOption('--user <username>', 'the user to log in as')
    .addOption(
      new Option('--password <password>', 'their password')
        .env('CONCORD_PASSWORD')
        .makeOptionMandatory(),
    )
    .requiredOption('--project <projectId>', 'the project id')
    .requiredOption('--item <itemId>', 'the item id');
}

async function report(outcome: Promise<string | CliFailure>, done: NodeJS.WriteStream) {
  const result = await outcome;
  if (!isCliFailure(result)) {
    done.write(`${result}\n`);
    return;
  }
  const details = result.details.map((line) => `  ${line}\n`).join('');
  process.stderr.write(`concord: ${result.message}\n${details}`);
  process.exitCode = result.exitCode;
}

const program = new Command('concord')
  .description(
    'Upload media as new Concord items, and move whole items in and out of a server as lossless native JSON files',
  )
  .addHelpText('after', EXIT_CODE_HELP)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : EXIT_CODES.usage));

withTargetOptions(program.command('export'))
  .description('download every layer of an item you may read as one native file')
  .option('-o, --output <file>', 'where to write the file (standard output when left out)')
  .action((options: ServerTarget & { output?: string }) =>
    // The file may be going to stdout, so the summary goes to stderr.
    report(runExport(options, options.output), process.stderr),
  );

withTargetOptions(program.command('import'))
  .description('import a native file into an item: every layer is written, or none')
  .argument('<file>', 'the native file (.concord.json)')
  .option('--replace', 'overwrite layers that already hold annotations', false)
  .action((file: string, options: ServerTarget & { replace: boolean }) =>
    report(runImport(options, file, options.replace), process.stdout),
  );

withTargetOptions(program.command('upload'))
  .description(
    'add a new item (the --item id) from one media file (video, audio or an image), or from several images as an image set: frame i is the i-th file',
  )
  .argument('<files...>', 'the media file, or the images of the set in frame order')
  .option('--name <name>', 'the name people see (default: the item id)')
  .action((files: string[], options: ServerTarget & { name?: string }) =>
    report(runUpload(options, files, options.name ?? options.item), process.stdout),
  );

program
  .command('agreement')
  .description(
    "an exported item's agreement report (every pair of annotators' layers and gold), or with --metric one measure on a small JSON input, computed as the editor computes them",
  )
  .addOption(new Option('--metric <name>', 'one measure on a JSON input').choices(METRIC_NAMES))
  .option('--layers <names>', 'the layers to compare, comma-separated (default: a.* and gold)')
  .option('--table', 'print a readable table instead of JSON', false)
  .argument(
    '<file>',
    'a native export (.concord.json), or the JSON input of --metric (- for standard input)',
  )
  .addHelpText(
    'after',
    `
Inputs:
  alpha   {"metric": "nominal"|"ordinal"|"interval"|"ratio", "data": [[unit 1: coder values or null], …]}
  kappa   {"first": [labels], "second": [labels]}
  fleiss  {"counts": [[raters per category], …]} or {"ratings": [[item 1's ratings], …]}
  assign  {"iou": [[row 0's IoU with each column], …], "threshold"?: 0.5} or
          {"width": w, "height": h, "left": [{"id", "box": [x, y, w, h]} | {"id", "polygon": [x0, y0, …]}],
           "right": […], "threshold"?: 0.5}
  wer     {"reference": "text", "hypothesis": "text", "caseSensitive"?: false, "keepPunctuation"?: false}`,
  )
  .action((file: string, options: { metric?: MetricName; layers?: string; table: boolean }) =>
    report(
      options.metric
        ? runMetric(options.metric, file)
        : runItemAgreement(file, {
            layers: options.layers ? options.layers.split(',').map((name) => name.trim()) : null,
            table: options.table,
          }),
      process.stdout,
    ),
  );

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`concord: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = INTERNAL_ERROR;
});
