export function ClientFileScreen({ clientId }: { clientId: string }) {
  return <section>{clientId}</section>;
}
