/** The electron package's folder as resolved from `root`, or null when it is not installed. */
export function electronPackageDir(root: string): string | null
/** The path of the Electron executable under `root`'s node_modules, or null when it is missing. */
export function electronBinary(root: string): string | null
