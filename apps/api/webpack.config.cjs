const { nodeAppWebpackConfig } = require('../../webpack.node.cjs');

module.exports = nodeAppWebpackConfig({
  name: 'api',
  additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
});
