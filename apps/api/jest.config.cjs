const { nodeJestConfig } = require('../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api', rootDir: __dirname });
