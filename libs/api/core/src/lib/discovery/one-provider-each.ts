import type { DiscoverableDecorator, DiscoveryService, MetadataScanner } from '@nestjs/core';

/**
 * The provider methods marked with `marker`, bound to their instance, one for each of `names`.
 * Throws, naming every problem, when a name has no method or more than one: a registry built
 * on it (Vandaag's sections, the agenda's sources) fails at start-up, not on a request. With
 * `optional`, a name without a method is left out instead.
 */
export function oneProviderEach<N extends string>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  marker: DiscoverableDecorator<N>,
  names: readonly N[],
  describe: { problem: string; item: string; optional?: boolean },
): Record<N, unknown> {
  const found = new Map<N, Array<{ where: string; method: unknown }>>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) {
      continue;
    }
    for (const methodName of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
      const name = discovery.getMetadataByDecorator(marker, wrapper, methodName);
      if (name) {
        const method = instance[methodName] as (...args: unknown[]) => unknown;
        found.set(name, [
          ...(found.get(name) ?? []),
          { where: `${wrapper.name}.${methodName}`, method: method.bind(instance) },
        ]);
      }
    }
  }
  const problems = names.flatMap((name) => {
    const providers = found.get(name) ?? [];
    if (providers.length === 0) {
      return describe.optional ? [] : [`${describe.item} "${name}" has no provider`];
    }
    if (providers.length > 1) {
      return [
        `${describe.item} "${name}" has ${providers.length} providers (${providers.map((p) => p.where).join(', ')})`,
      ];
    }
    return [];
  });
  if (problems.length > 0) {
    throw new Error(`${describe.problem}: ${problems.join('; ')}`);
  }
  return Object.fromEntries(
    names.flatMap((name) => {
      const method = found.get(name)?.[0].method;
      return method ? [[name, method]] : [];
    }),
  ) as Record<N, unknown>;
}

/** Every provider method marked with `marker`, bound to its instance: any number of them. */
export function everyMarkedMethod<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  marker: DiscoverableDecorator<true>,
): M[] {
  return discovery.getProviders().flatMap((wrapper) => {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) return [];
    return scanner
      .getAllMethodNames(Object.getPrototypeOf(instance))
      .filter((name) => discovery.getMetadataByDecorator(marker, wrapper, name))
      .map((name) => (instance[name] as (...args: unknown[]) => unknown).bind(instance) as M);
  });
}
