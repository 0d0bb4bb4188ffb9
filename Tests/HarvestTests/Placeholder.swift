// Placeholder until the harvester tests are merged.
