// How large a strategy file may be. Parsing and checking a file holds several copies of it in memory
// (text, YAML nodes, the model); past a few tens of megabytes Node runs out of heap after minutes
// instead of answering. Real strategies are kilobytes, so a file this large is a mistake (an export,
// a log) and is refused before it is read: by the CLI (`--max-file-size`) and in workspace linting.

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** 20 MB (20 × 1,048,576 bytes). */
export const MAX_FILE_SIZE_DEFAULT = 20 * MB;

/**
 * '52 MB', '2.2 KB', '300 bytes': binary units (1 KB = 1,024 bytes), rounded up to one decimal, so that
 * a file just over a limit never reads as the limit itself.
 */
export function formatSize(bytes: number): string {
  const [unit, name] =
    bytes >= GB ? [GB, 'GB'] : bytes >= MB ? [MB, 'MB'] : bytes >= KB ? [KB, 'KB'] : [1, ''];
  if (unit === 1) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  return `${Math.ceil((bytes / unit) * 10) / 10} ${name}`;
}
