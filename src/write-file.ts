/**
 * Write a file so that a crash, a full disk or a second process never leaves
 * it half written: write a temporary file beside it, flush it to disk, then
 * rename it over the original (atomic on the same file system). The file's
 * permissions (whatever the umask) and, where the fixer may, its owner are
 * kept, and a symbolic link stays a link to the fixed file.
 */
import {constants} from 'node:fs'
import {access, open, realpath, rename, rm, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * The temporary file's name need not be secret, only not taken: 'wx' fails
 * on a name that is, and this process's counter makes its own names differ
 * (node:crypto for a random name cost every start 4 ms to load).
 */
let written = 0

/**
 * Of the file's name, what the temporary file's name starts with: enough to
 * tell whose it is, and short enough that the name stays under the 255
 * bytes file systems allow (the whole name of a reply with a 240-character
 * name could not have been used).
 */
const namePrefix = 40

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  // Through a symbolic link to the file it names: renaming over the link would replace the link.
  const file = await realpath(path).catch(() => path)
  const info = await stat(file).catch(() => undefined)
  // Renaming over a file needs only its folder's permission: a file made read-only (chmod a-w) to keep it as it is
  // would be replaced all the same. Written in place, it would refuse: so does this (EACCES), unless the fixer may write it anyway (root).
  if (info) await access(file, constants.W_OK)
  const mode = info ? info.mode & 0o7777 : 0o644
  const unique = `${process.pid}-${Date.now().toString(36)}-${(written++).toString(36)}`
  const temporary = join(dirname(file), `.${[...basename(file)].slice(0, namePrefix).join('')}.replylint-${unique}.tmp`)
  const handle = await open(temporary, 'wx', mode)
  try {
    // A file someone else owns stays theirs when the one who fixes it may give it back (root, say); otherwise it is the fixer's, as any new file.
    if (info && (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())) await handle.chown(info.uid, info.gid).catch(() => {})
    // open's mode passes through the umask (a 0666 file came back 0644): set it as the file had it, after chown, which
    // clears set-user-id. A new file (an --output report) keeps what the umask makes of it, as any new file.
    if (info) await handle.chmod(mode)
    await handle.writeFile(content)
    await handle.sync()
    await handle.close()
    await rename(temporary, file)
  } catch (error) {
    await handle.close().catch(() => {})
    await rm(temporary, {force: true})
    throw error
  }
}
