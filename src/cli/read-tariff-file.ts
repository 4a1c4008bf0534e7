/** Reading a tariff file from disk for the CLI, with the message a marketer sees when it cannot be read. */
import { readFileSync } from 'node:fs';

/** The file's text without a byte-order mark, or why it could not be read (`file not found`, or the system's error). */
export function readTariffFile(path: string): { readonly text: string } | { readonly reason: string } {
  try {
    return { text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在 / file not found' : String(error);
    return { reason };
  }
}
