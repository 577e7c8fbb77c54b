const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api-reflection', rootDir: __dirname });
