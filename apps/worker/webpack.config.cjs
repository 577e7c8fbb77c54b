const { nodeAppWebpackConfig } = require('../../webpack.node.cjs');

module.exports = nodeAppWebpackConfig({ name: 'worker' });
