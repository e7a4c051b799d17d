# Sourced by the cold-compiler scripts: the SDK's own csc and the reference assemblies of its newest runtime, so that
# a script runs the compiler a build runs, in a new process, without MSBuild. Sets csc (the path of csc.dll) and
# references (one -r: argument per reference assembly).
version=$(dotnet --version)
sdk="$(dotnet --list-sdks | awk -v v="$version" '$1 == v { print substr($2, 2, length($2) - 2) "/" v }')"
csc="$sdk/Roslyn/bincore/csc.dll"
runtime_version=$(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')
pack=$(dirname "$sdk")/../packs/Microsoft.NETCore.App.Ref/$runtime_version/ref
pack=$(ls -d "$pack"/net* | tail -n 1)
references=()
for dll in "$pack"/*.dll; do references+=("-r:$dll"); done
