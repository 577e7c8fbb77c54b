// The webpack build shared by the Node apps (API and worker): npm packages stay external (NestJS
// 12 is ESM-only and Node 24 can require it), and the version is baked in for /api/platform/status.
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { DefinePlugin } = require('webpack');
const { join } = require('node:path');
const { version } = require('./package.json');

function nodeAppWebpackConfig({ name, additionalEntryPoints = [] }) {
  return {
    output: { path: join(__dirname, 'dist/apps', name) },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'tsc',
        main: './src/main.ts',
        additionalEntryPoints,
        tsConfig: './tsconfig.app.json',
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        externalDependencies: 'all',
        sourceMap: true,
      }),
      new DefinePlugin({ 'process.env.LEERRUIMTE_VERSION': JSON.stringify(version) }),
    ],
  };
}

module.exports = { nodeAppWebpackConfig };
