/** The bytes of a file the user picked (file input), whatever the browser. */
export async function fileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** "recouvre-sauvegarde" from "recouvre-sauvegarde.zip": the default source name of an import. */
export function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}
