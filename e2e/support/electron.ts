import { electronBinary as binaryUnder } from '../../scripts/electron-binary.cjs'

/** The Electron binary, where `npm install` could download it; null offline. */
export const electronBinary = (): string | null => binaryUnder(process.cwd())
