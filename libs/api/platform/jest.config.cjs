const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api-platform', rootDir: __dirname });
