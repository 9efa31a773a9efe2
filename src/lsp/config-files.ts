/**
 * The server's config loader: the CLI's own (src/config), so a reply gets
 * the same settings in the editor as on the command line — the nearest
 * `.replylintrc*` or package.json "replylint" key above it.
 */
import {configFileNames, ignoreFileName, loadConfigForEditor} from '../config/index.js'
import type {ConfigLoader} from './settings.js'

/** Glob of the config files and the ignore file, for the editor to watch. */
export const configGlob = `**/{${[...configFileNames, ignoreFileName].join(',')}}`

/**
 * Returns only what the file sets, so the editor's settings fill the rest; a
 * broken file throws a ConfigError naming it. It reads afresh on every call:
 * the server caches per folder and drops its cache when a config changes.
 */
export const configFiles: ConfigLoader = () => loadConfigForEditor
