const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api-core', rootDir: __dirname });
