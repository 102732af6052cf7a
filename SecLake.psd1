@{
    # The build stamps ModuleVersion from Directory.Build.props (SecLakeVersion) into out/SecLake/SecLake.psd1.
    RootModule           = 'SecLake.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5b0c8f7e-2f0a-4d8e-9d63-6a1f4a0e7c21'
    Author               = 'SecLake contributors'
    CompanyName          = 'SecLake'
    Copyright            = '(c) 2026 SecLake contributors. Apache-2.0.'
    Description          = 'Create and manage Amazon Security Lake data lakes and subscribers and Amazon QLDB ledgers from PowerShell, in the vocabulary of the documented APIs, over the AWS SDK for .NET with its own isolated copy of the SDK (works next to AWS.Tools).'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('SecLake.format.ps1xml')
    # Written into out/SecLake/SecLake.psd1 by the build (LayoutModule) from the cmdlets SecLake.dll defines.
    CmdletsToExport      = @()
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'SecurityLake', 'QLDB', 'Security', 'Ledger', 'Cloud', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ProjectUri   = 'https://github.com/seclake/seclake'
            # Stamped from this version's CHANGELOG.md section by the build.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
