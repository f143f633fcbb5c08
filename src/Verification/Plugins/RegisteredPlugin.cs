using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Verification.Plugins;

/// <summary>A plugin whose registrations are in the host's services, but whose validators are made only when a
/// provider makes the verifier (<see cref="LoadedPlugins"/>).</summary>
/// <param name="Name">The plugin's name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Description">What it checks.</param>
/// <param name="Subjects">The subjects it looks at.</param>
/// <param name="Path">Its main assembly's path.</param>
/// <param name="Assembly">Its main assembly.</param>
/// <param name="Validators">The validator registrations it made, in order; not added to the host's services.</param>
/// <param name="Position">How many validators the verifier had when the plugin was added: its validators run after those.</param>
/// <param name="Order">Its place in the order plugins were examined.</param>
/// <param name="Strict">Whether a validator that cannot be made fails the verifier rather than skipping the plugin.</param>
internal sealed record RegisteredPlugin(
    string Name, string Version, string Description, IReadOnlyList<string> Subjects, string Path, Assembly Assembly,
    IReadOnlyList<ServiceDescriptor> Validators, int Position, int Order, bool Strict);
